package com.infusionbilling.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One service line of a claim version (table {@code claim_line}): the code, modifiers and units the
 * billing engine produced, the NDC for loop 2410, the charge from the chargemaster and the engine's
 * expected allowed amount, with the rule that produced the line.
 */
@Entity
@EntityListeners(ClaimChangeListener.class)
@Table(name = "claim_line")
public class ClaimLine {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long claimId;
  private int lineNumber;
  private String lineControlNumber;
  private String code;
  private String modifiers;
  private int units;
  private String ndc;
  private BigDecimal ndcQuantity;
  private String ndcUnit;
  private BigDecimal charge;
  private String chargeSource;
  private BigDecimal expectedAllowed;
  private String ruleId;
  private String explanation;
  private String revenueCode;
  private String diagnosisPointers;

  protected ClaimLine() {}

  ClaimLine(long claimId, int lineNumber, String lineControlNumber, NewClaimLine l) {
    this.claimId = claimId;
    this.lineNumber = lineNumber;
    this.lineControlNumber = lineControlNumber;
    this.code = l.code();
    this.modifiers = String.join(",", l.modifiers());
    this.units = l.units();
    this.ndc = l.ndc();
    this.ndcQuantity = l.ndcQuantity();
    this.ndcUnit = l.ndcUnit();
    this.expectedAllowed = l.expectedAllowed();
    this.ruleId = l.ruleId();
    this.explanation = truncate(l.explanation(), 1000);
    this.revenueCode = l.revenueCode();
    this.diagnosisPointers = join(l.diagnosisPointers());
  }

  /**
   * This line on another claim version (same number, code, units, NDC and charge; line control
   * number from the new CLM01), expecting {@code expectedAllowed} by {@code ruleId}.
   */
  ClaimLine copyTo(Claim next, BigDecimal expectedAllowed, String ruleId, String explanation) {
    ClaimLine copy =
        new ClaimLine(
            next.getId(),
            lineNumber,
            next.getPatientControlNumber() + "-" + lineNumber,
            new NewClaimLine(
                getCode(),
                getModifiers(),
                getUnits(),
                getNdc(),
                getNdcQuantity(),
                getNdcUnit(),
                expectedAllowed,
                ruleId,
                explanation,
                getRevenueCode(),
                getDiagnosisPointers()));
    copy.charge(charge, chargeSource);
    return copy;
  }

  void charge(BigDecimal charge, String source) {
    this.charge = charge;
    this.chargeSource = truncate(source, 200);
  }

  void corrected(List<String> modifiers, int units, List<Integer> pointers) {
    this.modifiers = String.join(",", modifiers);
    this.units = units;
    this.diagnosisPointers = join(pointers);
  }

  private static String join(List<Integer> pointers) {
    return String.join(",", pointers.stream().map(String::valueOf).toList());
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Long getClaimId() {
    return claimId;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public String getLineControlNumber() {
    return lineControlNumber;
  }

  public String getCode() {
    return code;
  }

  public List<String> getModifiers() {
    return modifiers == null || modifiers.isBlank()
        ? List.of()
        : Arrays.asList(modifiers.split(","));
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

  public String getChargeSource() {
    return chargeSource;
  }

  public BigDecimal getExpectedAllowed() {
    return expectedAllowed;
  }

  public String getRuleId() {
    return ruleId;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getRevenueCode() {
    return revenueCode;
  }

  public List<Integer> getDiagnosisPointers() {
    return diagnosisPointers == null || diagnosisPointers.isBlank()
        ? List.of()
        : Arrays.stream(diagnosisPointers.split(",")).map(Integer::valueOf).toList();
  }
}
