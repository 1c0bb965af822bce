package com.infusionbilling.remittance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CARC, RARC and CAS group codes in plain English (issue 17 item 7). The texts are data: {@code
 * reference/carc-rarc.csv} is loaded into table {@code adjustment_code} at start-up (new codes
 * added, changed texts updated), and every screen, letter and API that shows a code asks here.
 */
@Component
public class AdjustmentCodes {
  private static final Logger log = LoggerFactory.getLogger(AdjustmentCodes.class);

  public static final String CARC = "CARC";
  public static final String RARC = "RARC";
  public static final String GROUP = "GROUP";
  public static final String PLB = "PLB";

  static final String FILE = "reference/carc-rarc.csv";

  private final Map<String, String> texts = new HashMap<>();

  public AdjustmentCodes(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    List<String[]> rows = read(new ClassPathResource(FILE));
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s -> {
              for (String[] r : rows) {
                int updated =
                    jdbc.update(
                        "UPDATE adjustment_code SET description = ? WHERE code_set = ? AND code = ?"
                            + " AND description <> ?",
                        r[2],
                        r[0],
                        r[1],
                        r[2]);
                Integer present =
                    jdbc.queryForObject(
                        "SELECT COUNT(*) FROM adjustment_code WHERE code_set = ? AND code = ?",
                        Integer.class,
                        r[0],
                        r[1]);
                if (updated == 0 && (present == null || present == 0)) {
                  jdbc.update(
                      "INSERT INTO adjustment_code (code_set, code, description) VALUES (?, ?, ?)",
                      r[0],
                      r[1],
                      r[2]);
                }
              }
            });
    jdbc.query(
        "SELECT code_set, code, description FROM adjustment_code",
        rs -> {
          texts.put(key(rs.getString(1), rs.getString(2)), rs.getString(3));
        });
    log.info("{} CARC/RARC/group texts loaded from {}", texts.size(), FILE);
  }

  /** The plain-English text of a claim adjustment reason code ({@code 45}), or a stand-in. */
  public String carc(String code) {
    return text(CARC, code, "CARC");
  }

  /** The plain-English text of a remittance advice remark code ({@code M119}), or a stand-in. */
  public String rarc(String code) {
    return text(RARC, code, "RARC");
  }

  /** What a CAS group code ({@code CO}, {@code PR}, {@code OA}, {@code PI}, {@code CR}) means. */
  public String group(String code) {
    return text(GROUP, code, "group");
  }

  /** What a PLB adjustment reason ({@code WO}, {@code FB}, {@code L6}, ...) means. */
  public String plb(String code) {
    return text(PLB, code, "PLB reason");
  }

  /**
   * Any code as people write it: {@code CO-45} (group and reason), {@code 45} or {@code B7} (a
   * CARC), {@code M119}, {@code MA18} or {@code N211} (a RARC: RARCs start with M or N).
   */
  public String describe(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String c = code.trim().toUpperCase(Locale.ROOT);
    int dash = c.indexOf('-');
    if (dash == 2) {
      return c + ": " + carc(c.substring(3)) + " (" + groupName(c.substring(0, 2)) + ")";
    }
    return c + ": " + (isRarc(c) ? rarc(c) : carc(c));
  }

  /** Whether a code is a RARC (M.., MA.., N..) rather than a CARC. */
  public static boolean isRarc(String code) {
    return code != null && !code.isEmpty() && (code.charAt(0) == 'M' || code.charAt(0) == 'N');
  }

  /** Whether the file or table has a text for the code. */
  public boolean known(String set, String code) {
    return code != null && texts.containsKey(key(set, code.trim().toUpperCase(Locale.ROOT)));
  }

  private String groupName(String group) {
    String text = texts.get(key(GROUP, group));
    if (text == null) {
      return "group " + group;
    }
    int colon = text.indexOf(':');
    return (colon > 0 ? text.substring(0, colon) : text).toLowerCase(Locale.ROOT);
  }

  private String text(String set, String code, String label) {
    if (code == null) {
      return "";
    }
    String found = texts.get(key(set, code.trim().toUpperCase(Locale.ROOT)));
    return found != null ? found : label + " " + code.trim() + " (no text on file)";
  }

  private static String key(String set, String code) {
    return set + ":" + code;
  }

  /** The file's rows: set, code, text (quotes removed); comments and blank lines skipped. */
  static List<String[]> read(Resource file) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int a = line.indexOf(',');
        int b = a < 0 ? -1 : line.indexOf(',', a + 1);
        if (b < 0) {
          throw new IllegalStateException(FILE + " line " + n + ": expected set,code,text");
        }
        String set = line.substring(0, a).trim();
        String code = line.substring(a + 1, b).trim().toUpperCase(Locale.ROOT);
        String text = line.substring(b + 1).trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
          text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        if (!List.of(CARC, RARC, GROUP, PLB).contains(set) || code.isEmpty() || text.isEmpty()) {
          throw new IllegalStateException(FILE + " line " + n + ": unknown set or empty field");
        }
        rows.add(new String[] {set, code, text});
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FILE, e);
    }
    return rows;
  }
}
