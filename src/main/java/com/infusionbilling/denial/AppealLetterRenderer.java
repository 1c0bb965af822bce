package com.infusionbilling.denial;

import com.infusionbilling.LifecycleProperties;
import com.infusionbilling.authorization.AuthorizationQueries;
import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.claim.ClaimView;
import com.infusionbilling.episode.EpisodeDossier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Renders an appeal letter as PDF with Apache PDFBox: the provider, the payer, the patient and
 * member (PHI: the letter goes to the payer), the claim and its denied line, the codes in plain
 * English, the authorization, the administration record, the policy reference, and the level with
 * its deadline and legal basis.
 */
@Component
class AppealLetterRenderer {
  private static final float MARGIN = 56;
  private static final float LEADING = 14;
  private static final int WRAP = 92;

  private final LifecycleProperties lifecycle;

  /** The practice's zone: the dates the letter names are its days. */
  private final java.time.ZoneId zone;

  AppealLetterRenderer(LifecycleProperties lifecycle, BillingProperties billing) {
    this.lifecycle = lifecycle;
    this.zone = billing.zone();
  }

  /** What the letter says, gathered by the service. */
  record Content(
      Appeal appeal,
      Denial denial,
      ClaimView claim,
      AuthorizationQueries.RequestSummary authorizationRequest,
      EpisodeDossier dossier,
      String codesInPlainEnglish,
      String policyReference,
      LocalDate today) {}

  byte[] render(Content c) {
    List<String> lines = new ArrayList<>();
    var provider = lifecycle.provider();
    lines.add(provider.name() + "  (NPI " + provider.npi() + ")");
    lines.add(c.today().toString());
    lines.add("");
    lines.add("To: " + c.dossier().payer().name() + " - appeals");
    lines.add("Re: " + c.appeal().getLevelName() + " (level " + c.appeal().getLevel() + ")");
    lines.add("");
    var p = c.dossier().patient();
    lines.add(
        "Patient: " + p.getFirstName() + " " + p.getLastName() + ", born " + p.getDateOfBirth());
    lines.add("Member ID: " + c.dossier().coverage().getMemberId());
    if (c.claim() != null) {
      lines.add(
          "Claim: "
              + c.claim().patientControlNumber()
              + (c.claim().payerClaimControlNumber() == null
                  ? ""
                  : ", payer claim number " + c.claim().payerClaimControlNumber())
              + ", date of service "
              + c.claim().dateOfService()
              + ", "
              + c.claim().claimType());
      lines.add(
          "Authorization: "
              + (c.claim().authorizationNumber() == null
                  ? "none on the claim"
                  : c.claim().authorizationNumber()));
      lines.add(
          "Administration record: visit "
              + c.claim().visitId()
              + " (infusion documentation enclosed)");
    }
    var pa = c.authorizationRequest();
    if (pa != null) {
      var order = c.dossier().order();
      lines.add(
          "Prior authorization request "
              + pa.requestId()
              + " ("
              + pa.requestType().toLowerCase(java.util.Locale.ROOT)
              + (pa.expedited() ? ", expedited" : "")
              + "): "
              + order.getHcpcs()
              + " for "
              + String.join(", ", order.diagnoses())
              + ", site of care "
              + order.getSiteOfCare());
      lines.add(
          "Payer reference: "
              + (pa.payerReference() != null
                  ? pa.payerReference()
                  : pa.traceNumber() != null ? pa.traceNumber() : "none given")
              + (pa.decidedAt() == null
                  ? ""
                  : ", denied " + LocalDate.ofInstant(pa.decidedAt(), zone)));
      if (pa.siteOfCareExceptionReason() != null) {
        lines.addAll(wrap("Site-of-care exception requested: " + pa.siteOfCareExceptionReason()));
      }
    }
    if (c.denial() != null) {
      lines.add(
          "Denied: "
              + (c.denial().getLineCode() == null ? "the claim" : c.denial().getLineCode())
              + ", $"
              + c.denial().getAmount().toPlainString()
              + (c.denial().getExpectedAllowed() == null
                  ? ""
                  : " (expected $" + c.denial().getExpectedAllowed().toPlainString() + ")"));
    }
    lines.add("Amount in controversy: $" + c.appeal().getAmountInControversy().toPlainString());
    lines.add("");
    lines.add("The payer's reason:");
    lines.addAll(wrap(c.codesInPlainEnglish()));
    lines.add("");
    lines.add(
        "We request a " + c.appeal().getLevelName().toLowerCase() + " of this determination.");
    lines.addAll(
        wrap(
            pa != null && c.claim() == null
                ? "The treating physician ordered the drug for the documented diagnosis. The"
                    + " enclosed clinical documentation shows that the request meets the payer's"
                    + " coverage criteria; we ask that the denial be reversed and the drug"
                    + " authorized as requested."
                : "The drug was ordered by the treating physician for the documented diagnosis, "
                    + "administered as recorded, and billed in the units the administration record "
                    + "supports. The enclosed records show that the service met the payer's coverage "
                    + "policy."));
    lines.add(
        "Policy reference: "
            + (c.policyReference() == null || c.policyReference().isBlank()
                ? c.dossier().payer().sourceNote()
                : c.policyReference()));
    lines.add("");
    lines.add("Filed within the deadline of " + c.appeal().getDeadline() + ":");
    lines.addAll(wrap(c.appeal().getDeadlineBasis()));
    lines.add("");
    lines.add(
        pa != null && c.claim() == null
            ? "Enclosures: physician order, clinical documentation, the payer's denial notice."
            : "Enclosures: administration record, physician order, authorization, remittance.");
    lines.add("");
    lines.add("Sincerely,");
    lines.add(provider.name() + " - billing office");
    return pdf(lines);
  }

  static List<String> wrap(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() + word.length() + 1 > WRAP && !line.isEmpty()) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  /** Only what the standard fonts can encode (WinAnsi); anything else becomes '?'. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      b.append(ch == '\u2212' || ch == '\u2013' || ch == '\u2014' ? '-' : ch < 256 ? ch : '?');
    }
    return b.toString();
  }

  private static byte[] pdf(List<String> lines) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDPageContentStream text = new PDPageContentStream(doc, page);
      float y = page.getMediaBox().getHeight() - MARGIN;
      text.beginText();
      text.setFont(font, 10.5f);
      text.newLineAtOffset(MARGIN, y);
      for (String l : lines) {
        if (y < MARGIN) {
          text.endText();
          text.close();
          page = new PDPage(PDRectangle.LETTER);
          doc.addPage(page);
          text = new PDPageContentStream(doc, page);
          y = page.getMediaBox().getHeight() - MARGIN;
          text.beginText();
          text.setFont(font, 10.5f);
          text.newLineAtOffset(MARGIN, y);
        }
        text.showText(printable(l));
        text.newLineAtOffset(0, -LEADING);
        y -= LEADING;
      }
      text.endText();
      text.close();
      doc.getDocumentInformation().setTitle("Appeal letter");
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("appeal letter could not be rendered", e);
    }
  }
}
