package com.infusionbilling.edi;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.edi.admin.X12AdminController;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The admin validator endpoint: 200 with the printout for a valid file, 422 for an invalid one. */
class X12AdminControllerTest {

  private final AuditLog audit = Mockito.mock(AuditLog.class);
  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new X12AdminController(audit)).build();

  @Test
  void validFile() throws Exception {
    byte[] file =
        getClass().getResourceAsStream("/x12/inbound/999-partially-accepted.x12").readAllBytes();
    mvc.perform(
            post("/api/admin/x12/validate")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(file))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("[2110]")))
        .andExpect(content().string(Matchers.containsString("VALID: 1 transaction set(s)")));
    // the printout holds PHI: each use is audited, naming the file by hash only
    Mockito.verify(audit)
        .record(
            Mockito.eq(AuditLog.Action.VIEW),
            Mockito.eq(AuditLog.EntityType.X12_FILE),
            Mockito.argThat(id -> String.valueOf(id).matches("sha256:[0-9a-f]{16}")),
            Mockito.eq("validated: valid"));
  }

  @Test
  void invalidFile() throws Exception {
    byte[] file =
        getClass().getResourceAsStream("/x12/malformed/wrong-se-count.x12").readAllBytes();
    mvc.perform(post("/api/admin/x12/validate").contentType(MediaType.TEXT_PLAIN).content(file))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            content()
                .string(
                    Matchers.containsString("SE01: control count does not match actual count")));
  }

  @Test
  void aFileSentAsAFormIsRefusedNamingTheContentType() throws Exception {
    // curl --data-binary without -H sends application/x-www-form-urlencoded: the servlet container
    // reads the body as form fields, so the X12 would arrive mangled. Refused, never validated.
    byte[] file =
        getClass().getResourceAsStream("/x12/inbound/999-partially-accepted.x12").readAllBytes();
    mvc.perform(
            post("/api/admin/x12/validate")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(file))
        .andExpect(status().isUnsupportedMediaType());
    Mockito.verifyNoInteractions(audit);
  }

  @Test
  void aFileWithoutAContentTypeIsValidated() throws Exception {
    byte[] file =
        getClass().getResourceAsStream("/x12/inbound/999-partially-accepted.x12").readAllBytes();
    mvc.perform(post("/api/admin/x12/validate").content(file)).andExpect(status().isOk());
  }

  @Test
  void anEmptyBodyIsA400SayingTheFileIsEmpty() throws Exception {
    // it said "the request body is missing or not JSON", of an endpoint that takes no JSON
    mvc.perform(
            post("/api/admin/x12/validate")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(new byte[0]))
        .andExpect(status().isBadRequest())
        .andExpect(status().reason(Matchers.containsString("the X12 file is empty")));
    Mockito.verifyNoInteractions(audit);
  }
}
