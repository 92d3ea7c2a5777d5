package org.stationconfig.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * Initial passwords set by provisioning (production line or fleet tooling) instead of random ones, e.g.
 * {@code station.provisioning.passwords.owner: ...} or {@code STATION_PROVISIONING_PASSWORDS_OWNER}.
 *
 * <p>They are read only when the accounts are first created: a provisioned password is hashed into the database
 * and is <em>not</em> written to {@code initial-credentials} (provisioning already knows it); roles without one get
 * a random password in that file as usual. Changing these values later has no effect: use the password endpoints.
 * Each must satisfy {@link PasswordPolicy}, otherwise the first start fails with a message naming the role.
 */
@ConfigurationProperties("station.provisioning.passwords")
public record ProvisioningPasswords(@Nullable String owner, @Nullable String installer, @Nullable String service) {

    public Optional<String> of(Role role) {
        String password = switch (role) {
            case OWNER -> owner;
            case INSTALLER -> installer;
            case SERVICE -> service;
        };
        return Optional.ofNullable(password).filter(p -> !p.isEmpty());
    }

    @Override
    public String toString() {
        return "ProvisioningPasswords[masked]"; // the record's default toString would print the passwords
    }
}
