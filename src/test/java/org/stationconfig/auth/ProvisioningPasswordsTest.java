package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
@Property(name = "station.provisioning.passwords.owner", value = "from-provisioning")
@Property(name = "station.provisioning.passwords.installer", value = "")
class ProvisioningPasswordsTest extends org.stationconfig.TestDataDir {

    @Inject
    ProvisioningPasswords passwords;

    @Test
    void aRoleWithoutAValueGetsNone() {
        assertEquals(Optional.of("from-provisioning"), passwords.of(Role.OWNER));
        assertEquals(Optional.empty(), passwords.of(Role.INSTALLER), "empty means not provisioned");
        assertEquals(Optional.empty(), passwords.of(Role.SERVICE));
        assertFalse(passwords.toString().contains("from-provisioning"));
    }

    @Test
    void aProvisionedPasswordThatBreaksThePolicyStopsTheFirstStartWithoutShowingIt() throws Exception {
        Path dataDir = Files.createTempDirectory("station-provisioning-");

        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(Map.of(
                "station.data-dir", dataDir.toString(), "station.provisioning.passwords.service", "short-pw"), "test"));

        String messages = causes(failure);
        assertTrue(messages.contains("station.provisioning.passwords.service"), messages);
        assertFalse(messages.contains("short-pw"), messages);
        assertFalse(Files.exists(dataDir.resolve(InitialAccounts.CREDENTIALS_FILE)));
    }

    private static String causes(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
