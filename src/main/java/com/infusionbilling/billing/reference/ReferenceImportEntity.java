package com.infusionbilling.billing.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One imported (or seeded) CMS file ({@code billing_import}); imported_at is UTC. */
@Entity
@Table(name = "billing_import")
public class ReferenceImportEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kind;
  private String setting;
  private String versionLabel;
  private LocalDate effectiveDate;
  private String fileName;
  private String sha256;
  private int rowsLoaded;
  private int rowsRejected;
  private LocalDateTime importedAt;

  protected ReferenceImportEntity() {}

  public ReferenceImportEntity(
      String kind,
      String setting,
      String versionLabel,
      LocalDate effectiveDate,
      String fileName,
      String sha256,
      int rowsLoaded,
      int rowsRejected,
      LocalDateTime importedAt) {
    this.kind = kind;
    this.setting = setting;
    this.versionLabel = versionLabel;
    this.effectiveDate = effectiveDate;
    this.fileName = fileName;
    this.sha256 = sha256;
    this.rowsLoaded = rowsLoaded;
    this.rowsRejected = rowsRejected;
    this.importedAt = importedAt;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getSetting() {
    return setting;
  }

  public String getVersionLabel() {
    return versionLabel;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public String getFileName() {
    return fileName;
  }

  public String getSha256() {
    return sha256;
  }

  public int getRowsLoaded() {
    return rowsLoaded;
  }

  public int getRowsRejected() {
    return rowsRejected;
  }

  public LocalDateTime getImportedAt() {
    return importedAt;
  }
}
