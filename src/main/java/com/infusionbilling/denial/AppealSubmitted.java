package com.infusionbilling.denial;

/**
 * An appeal level went to the payer (published once, inside the submission's transaction). The
 * sandbox payer listens to it to decide the appeal; IDs only.
 *
 * @param appealKey the correlation key of the level's {@code AppealDecision} message
 * @param claimId the appealed claim, or null for a prior-authorization appeal
 * @param patientControlNumber the appealed claim's CLM01 (how a payer knows the claim), or null
 */
public record AppealSubmitted(
    long appealId, String appealKey, Long claimId, String patientControlNumber, int level) {}
