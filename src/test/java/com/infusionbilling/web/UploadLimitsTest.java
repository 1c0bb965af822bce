package com.infusionbilling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.testing.ApiTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/**
 * Issue 11 item 7: uploads are bounded by the one UploadGuard. A zip bomb (a few hundred KB that
 * expand to 300 MB of one "CSV") is a 400 problem+json naming the file, refused while expanding,
 * and the application goes on serving; so is a zip of too many entries and a raw body over the
 * upload limit.
 */
@ApiTest
// reference files this class imports are taken back after it: the database is shared
@org.junit.jupiter.api.extension.ExtendWith(com.infusionbilling.testing.RestoreReferenceData.class)
class UploadLimitsTest {
  @Autowired MockMvc mvc;
  @Autowired UploadGuard guard;

  static byte[] zip(int entries, long bytesPerEntry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] chunk = new byte[1 << 16];
      java.util.Arrays.fill(chunk, (byte) '0');
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("table-" + i + ".csv"));
        for (long written = 0; written < bytesPerEntry; written += chunk.length) {
          zip.write(chunk, 0, (int) Math.min(chunk.length, bytesPerEntry - written));
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"asp", "mue", "ncci", "chargemaster"})
  void aZipBombIsA400AndTheApplicationKeepsServing(String kind) throws Exception {
    byte[] bomb = zip(1, 300L * 1024 * 1024);
    assertThat(bomb.length).isLessThan(1024 * 1024);

    mvc.perform(
            multipart("/api/reference/" + kind)
                .file(new MockMultipartFile("file", "bomb.zip", "application/zip", bomb)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.detail", Matchers.containsString("expands to more than")));

    mvc.perform(
            post("/api/billing/preview")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"payerId\": \"MEDICARE_PART_B\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("claimType"));
  }

  @Test
  void aZipOfTooManyEntriesIsA400() throws Exception {
    byte[] many = zip(guard.limits().maxEntries() + 1, 10);
    mvc.perform(
            multipart("/api/reference/asp")
                .file(new MockMultipartFile("file", "many.zip", "application/zip", many)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.detail", Matchers.containsString("more than 100 entries")));
  }

  @Test
  void theGuardStopsExpandingAtTheRatioBound() throws Exception {
    byte[] bomb = zip(1, 64L * 1024 * 1024);
    long bound = Math.max(bomb.length * 100L, 1024 * 1024);
    var refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            UploadGuard.UploadRejectedException.class, () -> guard.unzip(bomb, name -> true));
    assertThat(refused.getMessage()).contains("expands to more than " + bound + " bytes");
    assertThat(guard.unzip(zip(2, 1000), name -> name.endsWith(".csv")))
        .extracting(e -> e.content().length)
        .containsExactly(1000, 1000);
  }

  @Test
  void aRawBodyOverTheUploadLimitIsA413BeforeItIsRead() throws Exception {
    var filter =
        new RequestBodyLimitFilter(
            new ApiLimits(DataSize.ofKilobytes(1), 100, 10, 12, 8),
            new UploadGuard.Limits(DataSize.ofKilobytes(2), DataSize.ofKilobytes(4), 10, 100));
    var request = new MockHttpServletRequest("POST", "/api/admin/x12/validate");
    request.setContentType("text/plain");
    request.setContent(new byte[3000]);
    var response = new MockHttpServletResponse();
    var chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("web.uploads.max-size");
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void aChunkedBodyIsCutOffAtTheLimitWhileItIsRead() throws Exception {
    var filter =
        new RequestBodyLimitFilter(
            new ApiLimits(DataSize.ofKilobytes(1), 100, 10, 12, 8),
            new UploadGuard.Limits(DataSize.ofKilobytes(2), DataSize.ofKilobytes(4), 10, 100));
    var request =
        new MockHttpServletRequest("POST", "/api/billing/preview") {
          @Override
          public long getContentLengthLong() {
            return -1; // chunked: no declared length
          }
        };
    request.setContentType("application/json");
    request.setContent(new byte[5000]);
    var read = new java.util.concurrent.atomic.AtomicReference<Exception>();
    jakarta.servlet.FilterChain chain =
        (req, res) -> {
          try {
            req.getInputStream().readAllBytes();
          } catch (java.io.IOException e) {
            read.set(e);
          }
        };

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(read.get())
        .isInstanceOf(RequestBodyLimitFilter.BodyTooLargeException.class)
        .hasMessageContaining("web.api-limits.max-body");
  }
}
