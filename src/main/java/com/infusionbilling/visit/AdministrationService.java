package com.infusionbilling.visit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.visit.DocumentationValidator.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the documentation of a visit's administration as a new version of its {@link
 * AdministrationRecord}, after checking it ({@link DocumentationValidator}); the same completion
 * delivered twice is stored once (by its content hash against the latest version).
 */
@Service
public class AdministrationService {
  private final VisitRepository visits;
  private final AdministrationRecordRepository records;
  private final EpisodeTimeline timeline;
  private final ObjectMapper json;
  private final TransactionTemplate tx;

  public AdministrationService(
      VisitRepository visits,
      AdministrationRecordRepository records,
      EpisodeTimeline timeline,
      ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.visits = visits;
    this.records = records;
    this.timeline = timeline;
    this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    this.tx = new TransactionTemplate(transactions);
  }

  /** Either the stored version, or the problem that stopped it (field path and message). */
  public record Recorded(Integer version, Problem problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /** Reads the documentation from a completed task's variables (preview request shape). */
  public Documentation read(Map<String, Object> variables) {
    return json.convertValue(variables, Documentation.class);
  }

  /**
   * Checks and stores the documentation. Bad documentation stores nothing and says why; the same
   * documentation as the latest version returns that version.
   */
  public Recorded record(long visitId, Documentation d, String documentedBy) {
    return tx.execute(
        s -> {
          Visit v = visits.lockById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
          var problem = DocumentationValidator.check(d, v.serviceDate());
          if (problem.isPresent()) {
            return new Recorded(null, problem.get());
          }
          String hash = hash(d);
          var latest = records.findFirstByVisitIdOrderByVersionDesc(visitId);
          if (latest.isPresent() && latest.get().getContentHash().equals(hash)) {
            return new Recorded(latest.get().getVersion(), null);
          }
          int version = latest.map(r -> r.getVersion() + 1).orElse(1);
          records.save(toRecord(v, version, d, documentedBy, hash));
          v.documented(version);
          timeline.record(
              v.getEpisodeId(),
              version == 1 ? "ADMINISTRATION_DOCUMENTED" : "ADMINISTRATION_CORRECTED",
              "visit "
                  + visitId
                  + ", documentation version "
                  + version
                  + ": "
                  + d.drugs().size()
                  + " drug(s), "
                  + d.administrations().size()
                  + " administration(s)",
              "administration-" + visitId + "-v" + version);
          return new Recorded(version, null);
        });
  }

  static AdministrationRecord toRecord(
      Visit v, int version, Documentation d, String documentedBy, String hash) {
    List<AdministrationDrug> drugs = new ArrayList<>();
    for (int i = 0; i < d.drugs().size(); i++) {
      Documentation.Drug drug = d.drugs().get(i);
      List<AdministrationContainer> containers = new ArrayList<>();
      for (int j = 0; j < drug.containers().size(); j++) {
        Documentation.Container c = drug.containers().get(j);
        containers.add(new AdministrationContainer(j, c.size(), c.unit().trim(), c.count()));
      }
      drugs.add(
          new AdministrationDrug(
              i,
              drug.hcpcs().trim().toUpperCase(Locale.ROOT),
              drug.ndc().trim(),
              drug.lot().trim(),
              drug.expiry(),
              drug.administeredAmount(),
              drug.amountUnit().trim(),
              drug.discardedAmount() == null ? java.math.BigDecimal.ZERO : drug.discardedAmount(),
              drug.singleDoseContainer(),
              blankToNull(drug.wasteWitness()),
              containers));
    }
    List<AdministrationEntry> entries = new ArrayList<>();
    for (int i = 0; i < d.administrations().size(); i++) {
      Documentation.Administration a = d.administrations().get(i);
      entries.add(
          new AdministrationEntry(
              i,
              a.id().trim(),
              a.route(),
              a.category(),
              blankToNull(a.drugHcpcs()) == null
                  ? null
                  : a.drugHcpcs().trim().toUpperCase(Locale.ROOT),
              a.start(),
              a.stop(),
              a.accessSite().trim()));
    }
    return new AdministrationRecord(
        v.getId(),
        version,
        v.serviceDate(),
        v.getSiteOfCare(),
        d.nurseNpi().trim(),
        blankToNull(d.supervisingNpi()),
        d.weightKg(),
        d.weighedOn(),
        blankToNull(d.reaction()),
        blankToNull(d.incompleteReason()),
        blankToNull(d.primaryAdministrationId()),
        documentedBy == null ? "unknown" : documentedBy,
        hash,
        drugs,
        entries);
  }

  /** The documentation of a version, back in the shape it was completed in. */
  public Documentation documentation(long visitId, int version) {
    return tx.execute(
        s -> {
          AdministrationRecord r =
              records
                  .findByVisitIdAndVersion(visitId, version)
                  .orElseThrow(
                      () ->
                          new java.util.NoSuchElementException(
                              "no documentation version " + version + " of visit " + visitId));
          return toDocumentation(r);
        });
  }

  static Documentation toDocumentation(AdministrationRecord r) {
    return new Documentation(
        r.getDrugs().stream()
            .map(
                d ->
                    new Documentation.Drug(
                        d.getHcpcs(),
                        d.getNdc(),
                        d.getLot(),
                        d.getExpiry(),
                        d.getAdministeredAmount(),
                        d.getAmountUnit(),
                        d.getDiscardedAmount(),
                        d.getSingleDoseContainer(),
                        d.getWasteWitness(),
                        d.getContainers().stream()
                            .map(
                                c ->
                                    new Documentation.Container(
                                        c.getSize(), c.getUnit(), c.getCount()))
                            .toList()))
            .toList(),
        r.getAdministrations().stream()
            .map(
                a ->
                    new Documentation.Administration(
                        a.getEntryId(),
                        a.getRoute(),
                        a.getCategory(),
                        a.getDrugHcpcs(),
                        a.getStart(),
                        a.getStop(),
                        a.getAccessSite()))
            .toList(),
        r.getNurseNpi(),
        r.getSupervisingNpi(),
        r.getWeightKg(),
        r.getWeighedOn(),
        r.getReaction(),
        r.getIncompleteReason(),
        r.getPrimaryAdministrationId());
  }

  String hash(Documentation d) {
    try {
      byte[] bytes = json.writeValueAsString(d).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
