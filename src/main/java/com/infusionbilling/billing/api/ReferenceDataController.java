package com.infusionbilling.billing.api;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.preview.BillingPreviewService;
import com.infusionbilling.billing.reference.ChargemasterEntry;
import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.NdcPackage;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.ReferenceImportEntity;
import com.infusionbilling.billing.reference.imports.FileRejectedException;
import com.infusionbilling.billing.reference.imports.ImportKind;
import com.infusionbilling.billing.reference.imports.ImportResult;
import com.infusionbilling.billing.reference.imports.ReferenceImportService;
import com.infusionbilling.web.UploadGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of the CMS files (administrators and managers; security.AccessRules), each written to the
 * audit log, and read-only views of the reference catalogue.
 */
@RestController
@RequestMapping("/api/reference")
@Tag(
    name = "Billing reference data",
    description = "CMS ASP/MUE/NCCI uploads, drug and payer catalogue")
public class ReferenceDataController {
  private final ReferenceImportService importer;
  private final BillingPreviewService previews;
  private final AuditLog audit;
  private final UploadGuard uploads;

  public ReferenceDataController(
      ReferenceImportService importer,
      BillingPreviewService previews,
      AuditLog audit,
      UploadGuard uploads) {
    this.importer = importer;
    this.previews = previews;
    this.audit = audit;
    this.uploads = uploads;
  }

  @Operation(summary = "Import a quarterly CMS ASP pricing file (CSV or the CMS zip)")
  @CmsImportResponses
  @PostMapping(path = "/asp", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ImportResult importAsp(
      @RequestPart("file") MultipartFile file,
      @Parameter(
              description = "Quarter like 2025Q3; taken from the file's title or name when omitted")
          @RequestParam(required = false)
          String quarter) {
    return audited(importer.importAsp(bytes(file), file.getOriginalFilename(), quarter));
  }

  @Operation(
      summary = "Import a CMS practitioner or outpatient hospital MUE table (CSV or the CMS zip)")
  @CmsImportResponses
  @PostMapping(path = "/mue", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ImportResult importMue(
      @RequestPart("file") MultipartFile file,
      @Parameter(
              description = "PRACTITIONER or FACILITY; taken from the table's header when omitted")
          @RequestParam(required = false)
          EditSetting setting,
      @Parameter(
              description =
                  "Date the table takes effect (YYYY-MM-DD); taken from the file name when omitted")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveDate) {
    return audited(
        importer.importMue(bytes(file), file.getOriginalFilename(), setting, effectiveDate));
  }

  @Operation(
      summary =
          "Import CMS NCCI procedure-to-procedure edits (tab-delimited TXT, CSV, or the CMS zip)")
  @CmsImportResponses
  @PostMapping(path = "/ncci", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ImportResult importNcci(
      @RequestPart("file") MultipartFile file,
      @Parameter(
              description =
                  "PRACTITIONER or FACILITY; taken from the file name (ccipra/ccioph) when omitted")
          @RequestParam(required = false)
          EditSetting setting,
      @Parameter(description = "NCCI version like v313r0; taken from the file name when omitted")
          @RequestParam(required = false)
          String version) {
    return audited(importer.importNcci(bytes(file), file.getOriginalFilename(), setting, version));
  }

  @Operation(
      summary =
          "Import the provider's chargemaster (CSV: code, modifier, charge, effective date[, description])",
      description =
          "One chargemaster for all payers: the claim line's charge (SV102/SV203) comes from it."
              + " Rows are upserted by code, modifier and effective date; a bad cell rejects the"
              + " whole file with its line and column.")
  @CmsImportResponses
  @PostMapping(path = "/chargemaster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ImportResult importChargemaster(@RequestPart("file") MultipartFile file) {
    return audited(importer.importChargemaster(bytes(file), file.getOriginalFilename()));
  }

  @Operation(
      summary = "Import a quarterly CMS OPPS Addendum B (CSV or the CMS zip)",
      description =
          "Status indicators per HCPCS code: on Medicare hospital outpatient claims (837I) JW/JZ go"
              + " only on separately payable drugs (G, K), and codes with status N are packaged.")
  @CmsImportResponses
  @PostMapping(path = "/opps-addendum-b", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ImportResult importOppsAddendumB(
      @RequestPart("file") MultipartFile file,
      @Parameter(
              description = "Quarter like 2025Q1; taken from the file's title or name when omitted")
          @RequestParam(required = false)
          String quarter) {
    return audited(importer.importOppsAddendumB(bytes(file), file.getOriginalFilename(), quarter));
  }

  @Operation(summary = "List the chargemaster rows (code, modifier, charge, effective date)")
  @GetMapping("/chargemaster")
  public List<ChargemasterEntry> chargemaster() {
    return previews.referenceSnapshot().chargemasterEntries().stream()
        .sorted(
            Comparator.comparing(ChargemasterEntry::code)
                .thenComparing(ChargemasterEntry::modifier)
                .thenComparing(ChargemasterEntry::effectiveDate))
        .toList();
  }

  /** A past import. */
  public record ImportRecord(
      Long id,
      String kind,
      String setting,
      String version,
      LocalDate effectiveDate,
      String fileName,
      int rowsLoaded,
      int rowsRejected) {
    static ImportRecord of(ReferenceImportEntity e) {
      return new ImportRecord(
          e.getId(),
          e.getKind(),
          e.getSetting(),
          e.getVersionLabel(),
          e.getEffectiveDate(),
          e.getFileName(),
          e.getRowsLoaded(),
          e.getRowsRejected());
    }
  }

  @Operation(summary = "List the imports of one kind (ASP, MUE, NCCI), oldest first")
  @GetMapping("/imports/{kind}")
  public List<ImportRecord> imports(@PathVariable ImportKind kind) {
    return importer.history(kind).stream().map(ImportRecord::of).toList();
  }

  @Operation(summary = "List the payers and their billing rules")
  @GetMapping("/payers")
  public List<Payer> payers() {
    return previews.referenceSnapshot().payers().stream()
        .sorted(Comparator.comparing(Payer::payerId))
        .toList();
  }

  @Operation(summary = "List the drug catalogue (HCPCS descriptors)")
  @GetMapping("/drugs")
  public List<Drug> drugs() {
    return previews.referenceSnapshot().drugs().stream()
        .sorted(Comparator.comparing(Drug::hcpcs))
        .toList();
  }

  @Operation(summary = "List the NDC packages of the catalogue")
  @GetMapping("/ndc-packages")
  public List<NdcPackage> ndcPackages() {
    return previews.referenceSnapshot().ndcPackages().stream()
        .sorted(Comparator.comparing(NdcPackage::ndc11))
        .toList();
  }

  private ImportResult audited(ImportResult result) {
    audit.record(
        Action.CREATE,
        EntityType.REFERENCE_DATA,
        result.importId(),
        result.kind() + " " + result.status() + ", " + result.rowsLoaded() + " rows");
    return result;
  }

  /**
   * The upload's bytes within {@code web.uploads.max-size} (UploadGuard: one guard for every
   * upload).
   */
  private byte[] bytes(MultipartFile file) {
    try {
      return uploads.read(file);
    } catch (UploadGuard.UploadRejectedException e) {
      throw new FileRejectedException("file", 0, e.getMessage().replaceFirst("^file: ", ""));
    }
  }
}
