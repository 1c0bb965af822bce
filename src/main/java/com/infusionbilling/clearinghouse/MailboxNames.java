package com.infusionbilling.clearinghouse;

/** File names as they may appear in a log line: printable ASCII only, at most 100 characters. */
public final class MailboxNames {
  private MailboxNames() {}

  public static String forLog(String name) {
    if (name == null) {
      return "(none)";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length() && sb.length() < 100; i++) {
      char c = name.charAt(i);
      sb.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return name.length() > 100 ? sb + "..." : sb.toString();
  }
}
