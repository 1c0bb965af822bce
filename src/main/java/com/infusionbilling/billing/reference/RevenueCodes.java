package com.infusionbilling.billing.reference;

/**
 * Revenue codes (UB-04 form locator 42, 837I SV201) a payer wants on institutional claims (issue 15
 * item 10). The NUBC defaults: 0636 drugs requiring detailed coding (with the NDC), 0335
 * chemotherapy administration IV, 0331 chemotherapy administration injected, 0260 IV therapy for
 * other administration codes.
 */
public record RevenueCodes(
    String drug, String chemotherapyIv, String chemotherapyInjected, String otherAdministration) {

  public static final RevenueCodes NUBC = new RevenueCodes("0636", "0335", "0331", "0260");

  /**
   * Reads "drug=0636,chemoIv=0335,chemoInjected=0331,other=0260"; missing keys take the NUBC
   * default.
   *
   * @throws IllegalArgumentException for an unknown key or a value that is not 4 digits
   */
  public static RevenueCodes parse(String text) {
    String drug = NUBC.drug;
    String iv = NUBC.chemotherapyIv;
    String injected = NUBC.chemotherapyInjected;
    String other = NUBC.otherAdministration;
    if (text != null && !text.isBlank()) {
      for (String pair : text.split(",")) {
        String[] kv = pair.split("=", 2);
        String value = kv.length == 2 ? kv[1].trim() : "";
        if (!value.matches("\\d{4}")) {
          throw new IllegalArgumentException("revenue code '" + value + "' is not 4 digits");
        }
        switch (kv[0].trim()) {
          case "drug" -> drug = value;
          case "chemoIv" -> iv = value;
          case "chemoInjected" -> injected = value;
          case "other" -> other = value;
          default -> throw new IllegalArgumentException("unknown revenue code key '" + kv[0] + "'");
        }
      }
    }
    return new RevenueCodes(drug, iv, injected, other);
  }
}
