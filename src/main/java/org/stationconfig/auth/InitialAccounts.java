package org.stationconfig.auth;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.data.OwnerOnlyFiles;

/**
 * On the very first start, creates the {@code owner}, {@code installer} and {@code service} accounts. There is no
 * shared default password (ETSI EN 303 645 §5.1): each gets a random one, written once to
 * {@code <data dir>/initial-credentials} (mode 0600, {@code username:password} per line), unless provisioning set it
 * ({@link ProvisioningPasswords}). Once accounts exist nothing is ever regenerated.
 */
@Singleton
public class InitialAccounts {

    public static final String CREDENTIALS_FILE = "initial-credentials";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAccounts.class);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final ProvisioningPasswords provisioned;
    private final AccessAudit audit;
    private final Clock clock;
    private final Path credentialsFile;

    public InitialAccounts(AccountRepository accounts, PasswordHasher hasher, ProvisioningPasswords provisioned,
                           AccessAudit audit, Clock clock, @Property(name = "station.data-dir") String dataDir) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.provisioned = provisioned;
        this.audit = audit;
        this.clock = clock;
        this.credentialsFile = Path.of(dataDir).resolve(CREDENTIALS_FILE);
    }

    @EventListener
    @Transactional // the three accounts are created together or not at all
    void onStartup(StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        Map<Role, String> passwords = new EnumMap<>(Role.class);
        StringBuilder file = new StringBuilder();
        List<String> fromProvisioning = new ArrayList<>();
        for (Role role : Role.values()) {
            String username = Account.usernameOf(role);
            provisioned.of(role).ifPresentOrElse(password -> {
                PasswordPolicy.check("station.provisioning.passwords." + username, password).ifPresent(error -> {
                    throw new IllegalStateException(error.key() + ": " + error.message().english());
                });
                passwords.put(role, password);
                fromProvisioning.add(username);
            }, () -> {
                String password = RandomSecrets.password();
                passwords.put(role, password);
                file.append(username).append(':').append(password).append('\n');
            });
        }
        // The file first: a crash before the accounts are saved only means new passwords at the next start,
        // while accounts without their file would lock everyone out.
        if (!file.isEmpty()) {
            writeCredentials(file.toString());
        }
        Instant now = clock.instant();
        List<Account> created = passwords.entrySet().stream()
                .map(e -> new Account(null, Account.usernameOf(e.getKey()), e.getKey(), hasher.hash(e.getValue()),
                        now, now, 0))
                .toList();
        accounts.saveAll(created);
        String origin = file.isEmpty() ? "all passwords from provisioning"
                : "initial passwords in " + credentialsFile.toAbsolutePath()
                + (fromProvisioning.isEmpty() ? "" : ", provisioning set " + String.join(", ", fromProvisioning));
        LOG.info("Created the accounts owner, installer, service: {}", origin);
        audit.accountsCreated("accounts owner, installer, service created; " + origin);
    }

    private void writeCredentials(String content) {
        try {
            OwnerOnlyFiles.write(credentialsFile, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + credentialsFile.toAbsolutePath(), e);
        }
    }
}
