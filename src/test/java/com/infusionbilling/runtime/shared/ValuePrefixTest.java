package com.infusionbilling.runtime.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuePrefixTest {

  @Test
  void shortValuesAreTheirOwnPrefix() {
    assertThat(ValuePrefix.of("\"EP-1\"")).isEqualTo("\"EP-1\"");
    assertThat(ValuePrefix.of(null)).isNull();
    assertThat(ValuePrefix.of("x".repeat(255))).hasSize(255);
  }

  @Test
  void aLongValueIsCutAt255CharactersNeverInsideASurrogatePair() {
    assertThat(ValuePrefix.of("x".repeat(300))).isEqualTo("x".repeat(255));
    // 127 emoji = 254 UTF-16 characters; the next emoji would straddle the limit
    String emoji = "\uD83D\uDC89".repeat(200);
    String prefix = ValuePrefix.of(emoji);
    assertThat(prefix).hasSize(254);
    assertThat(Character.isHighSurrogate(prefix.charAt(prefix.length() - 1))).isFalse();
    assertThat(ValuePrefix.of("a" + emoji)).hasSize(255);
  }
}
