package com.infusionbilling.visit;

import com.infusionbilling.billing.coding.ClaimType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the billing engine made of one documentation version of a visit (table {@code
 * visit_coding}): the coded lines, each with its rule and explanation, and the edits.
 */
@Entity
@Table(name = "visit_coding")
public class VisitCoding {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long visitId;
  private int documentationVersion;
  private String payerId;

  @Enumerated(EnumType.STRING)
  @Column(length = 15)
  private ClaimType claimType;

  private int errorCount;
  private BigDecimal expectedAllowed;
  private BigDecimal expectedPayerPayment;
  private Instant codedAt;

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "visit_coding_id", nullable = false)
  @OrderBy("lineNo")
  private List<CodedLine> lines = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "visit_coding_id", nullable = false)
  @OrderBy("lineNo")
  private List<CodingEdit> edits = new ArrayList<>();

  protected VisitCoding() {}

  VisitCoding(
      long visitId,
      int documentationVersion,
      String payerId,
      ClaimType claimType,
      BigDecimal expectedAllowed,
      BigDecimal expectedPayerPayment,
      List<CodedLine> lines,
      List<CodingEdit> edits) {
    this.visitId = visitId;
    this.documentationVersion = documentationVersion;
    this.payerId = payerId;
    this.claimType = claimType;
    this.expectedAllowed = expectedAllowed;
    this.expectedPayerPayment = expectedPayerPayment;
    this.lines = new ArrayList<>(lines);
    this.edits = new ArrayList<>(edits);
    this.errorCount = (int) edits.stream().filter(CodingEdit::isError).count();
    this.codedAt = Instant.now();
  }

  public boolean clean() {
    return errorCount == 0;
  }

  public Long getId() {
    return id;
  }

  public Long getVisitId() {
    return visitId;
  }

  public int getDocumentationVersion() {
    return documentationVersion;
  }

  public String getPayerId() {
    return payerId;
  }

  public ClaimType getClaimType() {
    return claimType;
  }

  public int getErrorCount() {
    return errorCount;
  }

  public BigDecimal getExpectedAllowed() {
    return expectedAllowed;
  }

  public BigDecimal getExpectedPayerPayment() {
    return expectedPayerPayment;
  }

  public Instant getCodedAt() {
    return codedAt;
  }

  public List<CodedLine> getLines() {
    return List.copyOf(lines);
  }

  public List<CodingEdit> getEdits() {
    return List.copyOf(edits);
  }

  /** A coded claim line (table {@code visit_coding_line}). */
  @Entity
  @Table(name = "visit_coding_line")
  public static class CodedLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int lineNo;
    private String code;
    private String modifiers;
    private int units;
    private String ndc;
    private BigDecimal ndcQuantity;
    private String ndcUnit;
    private BigDecimal charge;
    private BigDecimal expectedAllowed;
    private String explanation;
    private String ruleId;
    private String revenueCode;
    private String diagnosisPointers;

    protected CodedLine() {}

    CodedLine(
        int lineNo,
        String code,
        List<String> modifiers,
        int units,
        String ndc,
        BigDecimal ndcQuantity,
        String ndcUnit,
        BigDecimal charge,
        BigDecimal expectedAllowed,
        String explanation,
        String ruleId,
        String revenueCode,
        List<Integer> diagnosisPointers) {
      this.lineNo = lineNo;
      this.code = code;
      this.modifiers =
          modifiers == null || modifiers.isEmpty() ? null : String.join(",", modifiers);
      this.units = units;
      this.ndc = ndc;
      this.ndcQuantity = ndcQuantity;
      this.ndcUnit = ndcUnit;
      this.charge = charge;
      this.expectedAllowed = expectedAllowed;
      this.explanation = truncate(explanation, 1000);
      this.ruleId = ruleId;
      this.revenueCode = revenueCode;
      this.diagnosisPointers =
          diagnosisPointers == null || diagnosisPointers.isEmpty()
              ? null
              : String.join(",", diagnosisPointers.stream().map(String::valueOf).toList());
    }

    public int getLineNo() {
      return lineNo;
    }

    public String getCode() {
      return code;
    }

    public List<String> modifierList() {
      return modifiers == null ? List.of() : List.of(modifiers.split(","));
    }

    public int getUnits() {
      return units;
    }

    public String getNdc() {
      return ndc;
    }

    public BigDecimal getNdcQuantity() {
      return ndcQuantity;
    }

    public String getNdcUnit() {
      return ndcUnit;
    }

    public BigDecimal getCharge() {
      return charge;
    }

    public BigDecimal getExpectedAllowed() {
      return expectedAllowed;
    }

    public String getExplanation() {
      return explanation;
    }

    public String getRuleId() {
      return ruleId;
    }

    public String getRevenueCode() {
      return revenueCode;
    }

    public List<Integer> diagnosisPointerList() {
      return diagnosisPointers == null
          ? List.of()
          : java.util.Arrays.stream(diagnosisPointers.split(",")).map(Integer::valueOf).toList();
    }
  }

  /** An edit of the billing engine (table {@code visit_coding_edit}). */
  @Entity
  @Table(name = "visit_coding_edit")
  public static class CodingEdit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int lineNo;
    private String severity;
    private String code;
    private String message;
    private Integer linePosition;

    protected CodingEdit() {}

    CodingEdit(int lineNo, String severity, String code, String message, Integer linePosition) {
      this.lineNo = lineNo;
      this.severity = severity;
      this.code = code;
      this.message = truncate(message, 1000);
      this.linePosition = linePosition;
    }

    public boolean isError() {
      return "ERROR".equals(severity);
    }

    public String getSeverity() {
      return severity;
    }

    public String getCode() {
      return code;
    }

    public String getMessage() {
      return message;
    }

    public Integer getLinePosition() {
      return linePosition;
    }
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
