package com.infusionbilling.billing.reference.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of an import.
 *
 * @param status LOADED (new version), REPLACED (same version, new content) or UNCHANGED (the same
 *     file was already loaded; nothing changed)
 * @param setting PRACTITIONER or FACILITY for MUE and NCCI, NONE for ASP
 * @param version the quarter (ASP), effective date (MUE) or NCCI version the file is filed under
 */
public record ImportResult(
    Long importId,
    ImportKind kind,
    String setting,
    String version,
    LocalDate effectiveDate,
    String status,
    int rowsLoaded,
    int rowsRejected,
    List<RowRejection> rejections,
    String fileName,
    String sha256) {}
