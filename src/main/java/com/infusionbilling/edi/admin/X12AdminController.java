package com.infusionbilling.edi.admin;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import com.infusionbilling.edi.X12Printer;
import com.infusionbilling.edi.X12ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admin endpoint for support staff: validate any X12 file against the schemas and see it as loops
 * and segments. {@code curl --data-binary @file.x12 localhost:8080/api/admin/x12/validate}. Answers
 * 200 when valid, 422 with the same printout when not. The printout contains the file's PHI: the
 * endpoint is for administrators only (security.AccessRules) and each use is audited.
 */
@RestController
@RequestMapping("/api/admin/x12")
public class X12AdminController {

  private final X12Printer printer = new X12Printer();
  private final AuditLog audit;

  public X12AdminController(AuditLog audit) {
    this.audit = audit;
  }

  /**
   * The file as the raw body: octet-stream, text or X12 (no Content-Type counts as octet-stream). A
   * form post (curl's default for {@code --data-binary}) is a 415: the container would parse the
   * file as form fields and the X12 would arrive mangled.
   */
  @PostMapping(
      value = "/validate",
      consumes = {
        MediaType.APPLICATION_OCTET_STREAM_VALUE,
        MediaType.TEXT_PLAIN_VALUE,
        "application/edi-x12"
      },
      produces = MediaType.TEXT_PLAIN_VALUE)
  public ResponseEntity<String> validate(@RequestBody(required = false) byte[] file) {
    if (file == null || file.length == 0) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "body: the X12 file is empty; send the file as the request body");
    }
    StringWriter text = new StringWriter();
    X12ValidationReport report =
        printer.print(new ByteArrayInputStream(file), new PrintWriter(text));
    audit.record(
        Action.VIEW,
        EntityType.X12_FILE,
        sha256Prefix(file),
        report.valid() ? "validated: valid" : "validated: invalid");
    return ResponseEntity.status(report.valid() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
        .contentType(MediaType.TEXT_PLAIN)
        .body(text.toString());
  }

  /**
   * Names the file in the audit log without its content: the first 16 hex digits of its SHA-256.
   */
  static String sha256Prefix(byte[] file) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
