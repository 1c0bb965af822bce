package com.infusionbilling.visit;

import com.infusionbilling.authorization.AuthorizationQueries;
import com.infusionbilling.authorization.AuthorizationQueries.AuthorizationView;
import com.infusionbilling.authorization.AuthorizationStatus;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.preview.BillingPreviewService;
import com.infusionbilling.billing.preview.InvalidBillingInputException;
import com.infusionbilling.billing.preview.PreviewRequest;
import com.infusionbilling.billing.preview.PreviewResponse;
import com.infusionbilling.episode.EpisodeDossier;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.episode.EpisodeTimeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Codes a documented visit with the billing engine ({@link BillingPreviewService}, the same rules
 * as {@code POST /api/billing/preview}) and keeps the result per documentation version: coding the
 * same version again returns what was stored. A patient-assistance or white-bagged dose is coded
 * without its drug (the drug is never billed); input the engine refuses becomes an ERROR edit
 * naming the field, for the coder to correct.
 */
@Service
public class VisitCodingService {
  /** The edit code of documentation the billing engine cannot code as it is. */
  public static final String INVALID_INPUT = "INVALID_INPUT";

  private final VisitRepository visits;
  private final VisitCodingRepository codings;
  private final AdministrationService administrations;
  private final EpisodeDossiers contexts;
  private final AuthorizationQueries authorizations;
  private final BillingPreviewService billing;
  private final EpisodeTimeline timeline;
  private final TransactionTemplate tx;

  public VisitCodingService(
      VisitRepository visits,
      VisitCodingRepository codings,
      AdministrationService administrations,
      EpisodeDossiers contexts,
      AuthorizationQueries authorizations,
      BillingPreviewService billing,
      EpisodeTimeline timeline,
      PlatformTransactionManager transactions) {
    this.visits = visits;
    this.codings = codings;
    this.administrations = administrations;
    this.contexts = contexts;
    this.authorizations = authorizations;
    this.billing = billing;
    this.timeline = timeline;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * Codes the visit's latest documentation (once per version) and returns what the process needs:
   * {@code codingClean}, {@code codedLines} and {@code codingEdits} (see {@link #variables}).
   */
  public Map<String, Object> code(long visitId) {
    return tx.execute(s -> variables(coding(visitId)));
  }

  private VisitCoding coding(long visitId) {
    return tx.execute(
        s -> {
          Visit v = visits.lockById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
          int version = v.getDocumentationVersion();
          if (version < 1) {
            throw new IllegalStateException("visit " + visitId + " is not documented");
          }
          var existing = codings.findByVisitIdAndDocumentationVersion(visitId, version);
          if (existing.isPresent()) {
            return existing.get();
          }
          EpisodeDossier ctx = contexts.load(v.getEpisodeId());
          Documentation d = administrations.documentation(visitId, version);
          PreviewRequest request = request(v, ctx, d);
          VisitCoding coding;
          try {
            PreviewResponse response = billing.preview(request);
            coding = coding(v, version, request, response);
          } catch (InvalidBillingInputException e) {
            coding =
                new VisitCoding(
                    visitId,
                    version,
                    request.payerId(),
                    request.claimType(),
                    null,
                    null,
                    List.of(),
                    List.of(
                        new VisitCoding.CodingEdit(
                            0, "ERROR", INVALID_INPUT, e.getMessage(), null)));
          }
          coding = codings.save(coding);
          if (coding.clean()) {
            v.moveTo(VisitStatus.CODED);
          }
          timeline.record(
              v.getEpisodeId(),
              coding.clean() ? "VISIT_CODED" : "VISIT_CODING_EDITS",
              "visit "
                  + visitId
                  + " (documentation version "
                  + version
                  + "): "
                  + coding.getLines().size()
                  + " line(s), "
                  + coding.getErrorCount()
                  + " error edit(s)",
              "visit-coded-" + visitId + "-v" + version);
          return coding;
        });
  }

  /**
   * The engine's request: the documentation as completed, the payer, the authorization. Every line
   * points to the order's diagnoses (principal first, at most four: an 837 line has four pointers).
   */
  PreviewRequest request(Visit v, EpisodeDossier ctx, Documentation d) {
    List<Integer> pointers =
        java.util.stream.IntStream.rangeClosed(1, Math.min(4, ctx.order().diagnoses().size()))
            .boxed()
            .toList();
    List<PreviewRequest.Drug> drugs =
        v.isBillDrug()
            ? d.drugs().stream()
                .map(
                    drug ->
                        new PreviewRequest.Drug(
                            drug.hcpcs(),
                            drug.ndc(),
                            drug.administeredAmount(),
                            drug.amountUnit(),
                            drug.containers().stream()
                                .map(
                                    c ->
                                        new PreviewRequest.Container(c.size(), c.unit(), c.count()))
                                .toList(),
                            drug.singleDoseContainer(),
                            pointers))
                .toList()
            : List.of();
    List<PreviewRequest.Administration> administered =
        d.administrations().stream()
            .map(
                a ->
                    new PreviewRequest.Administration(
                        a.id(),
                        a.route(),
                        a.category(),
                        a.drugHcpcs(),
                        a.start(),
                        a.stop(),
                        a.accessSite(),
                        pointers))
            .toList();
    PreviewRequest.Authorization authorization = null;
    if (v.isBillDrug()) {
      AuthorizationView auth =
          authorizations.forDate(v.getEpisodeId(), v.serviceDate()).orElse(null);
      if (auth != null
          && auth.status() == AuthorizationStatus.APPROVED
          && auth.remaining() != null) {
        authorization =
            new PreviewRequest.Authorization(
                auth.hcpcs(),
                auth.remaining().intValue(),
                auth.validFrom(),
                auth.validTo(),
                auth.siteOfCare());
      }
    }
    return new PreviewRequest(
        ctx.payer().payerId(),
        VisitService.claimType(v.getSiteOfCare()),
        v.serviceDate(),
        drugs,
        administered,
        authorization,
        v.getSiteOfCare(),
        null,
        d.primaryAdministrationId(),
        null,
        null,
        null,
        // GA/GZ from "Obtain ABN" when the drug's LCD does not cover the diagnoses (issue 14 item
        // 7)
        v.isBillDrug() && v.getAbnStatus() != null ? v.getAbnStatus().modifier() : null);
  }

  static VisitCoding coding(
      Visit v, int version, PreviewRequest request, PreviewResponse response) {
    List<VisitCoding.CodedLine> lines = new ArrayList<>();
    for (int i = 0; i < response.lines().size(); i++) {
      PreviewResponse.Line l = response.lines().get(i);
      lines.add(
          new VisitCoding.CodedLine(
              i,
              l.code(),
              l.modifiers(),
              l.units(),
              l.ndc(),
              l.ndcQuantity(),
              l.ndcUnit(),
              l.charge(),
              l.expectedAllowed(),
              l.explanation(),
              l.ruleId(),
              l.revenueCode(),
              l.diagnosisPointers()));
    }
    List<VisitCoding.CodingEdit> edits = new ArrayList<>();
    for (int i = 0; i < response.edits().size(); i++) {
      Edit e = response.edits().get(i);
      edits.add(
          new VisitCoding.CodingEdit(i, e.severity().name(), e.code(), e.message(), e.line()));
    }
    var expected = response.expectedPayment();
    return new VisitCoding(
        v.getId(),
        version,
        request.payerId(),
        request.claimType(),
        expected == null ? null : expected.allowed(),
        expected == null ? null : expected.payerPayment(),
        lines,
        edits);
  }

  /** The coding as process variables for the coder's form (codes and rules only, no PHI). */
  public static Map<String, Object> variables(VisitCoding coding) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (VisitCoding.CodedLine l : coding.getLines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", l.getLineNo() + 1);
      m.put("code", l.getCode());
      m.put("modifiers", String.join(" ", l.modifierList()));
      m.put("units", l.getUnits());
      m.put("ndc", l.getNdc() == null ? "" : l.getNdc());
      m.put("ruleId", l.getRuleId());
      m.put("explanation", l.getExplanation());
      lines.add(m);
    }
    List<Map<String, Object>> edits = new ArrayList<>();
    for (VisitCoding.CodingEdit e : coding.getEdits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("severity", e.getSeverity());
      m.put("code", e.getCode());
      m.put("message", e.getMessage());
      m.put("line", e.getLinePosition() == null ? "" : String.valueOf(e.getLinePosition() + 1));
      m.put(
          "ruleId",
          e.getLinePosition() == null || e.getLinePosition() >= coding.getLines().size()
              ? ""
              : coding.getLines().get(e.getLinePosition()).getRuleId());
      edits.add(m);
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(InfusionVisitProcess.VAR_CODING_CLEAN, coding.clean());
    vars.put(InfusionVisitProcess.VAR_CODED_LINES, lines);
    vars.put(InfusionVisitProcess.VAR_CODING_EDITS, edits);
    return vars;
  }
}
