package com.infusionbilling.demo;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.infusionbilling.security.CandidateGroups;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo profile's users: inventory tasks (group pharmacy) have a user of their own, not only the
 * managers.
 */
class DemoUsersTest {
  @Test
  void aPharmacistWorksThePharmacyGroupsTasks() throws Exception {
    UserAccounts accounts = mock(UserAccounts.class);
    new DemoUsers(accounts).run(null);
    verify(accounts)
        .createIfAbsent(
            eq("pharmacist"),
            anyString(),
            eq(DemoUsers.PASSWORD),
            eq(Set.of(Roles.COORDINATOR)),
            eq(Set.of(CandidateGroups.PHARMACY)));
  }
}
