package org.stationconfig.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;

/** All requests come from 127.0.0.1, so the address count applies too; each test starts after a quiet spell. */
@MicronautTest(transactional = false)
class LockoutTest extends TestDataDir {

    static final String OWNER_PASSWORD = "owner-password-1";
    static final String INSTALLER_PASSWORD = "installer-password-1";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    MutableClock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    FailedLoginTally failedLogins;

    @Inject
    EmbeddedServer server;

    Api api;

    @Override
    protected Map<String, String> extraProperties() {
        // the audit window's timer must not fire in the middle of a test: each test flushes when it means to
        return Map.of(MutableClockFactory.PROPERTY, "mutable", "station.auth.failed-login-window", "1d",
                "station.provisioning.passwords.owner", OWNER_PASSWORD,
                "station.provisioning.passwords.installer", INSTALLER_PASSWORD);
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
    }

    @BeforeEach
    void quietSpell() {
        clock.advance(Duration.ofHours(3)); // longer than the longest lock plus the hour that forgets counts
    }

    @Test
    void afterThreeFreeFailuresTheAccountIsLockedWith429AndRetryAfterEvenForTheRightPassword() {
        for (int i = 0; i < 4; i++) {
            api.login("owner", "wrong-" + i).assertProblem(401);
        }

        Api.Reply locked = api.login("owner", OWNER_PASSWORD).assertProblem(429);
        assertEquals("2", locked.headers().get("Retry-After"));
        assertEquals("Too many wrong passwords from this device. Try again in 2 seconds.",
                locked.detail());

        clock.advance(Duration.ofSeconds(1));
        assertEquals("1", api.login("owner", OWNER_PASSWORD).assertProblem(429).headers().get("Retry-After"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(200, api.login("owner", OWNER_PASSWORD).status(), "the lock ends by itself");
    }

    @Test
    void locksGrowWithEachFurtherFailure() {
        for (int i = 0; i < 4; i++) {
            api.login("owner", "wrong-" + i);
        }
        clock.advance(Duration.ofSeconds(2));
        api.login("owner", "wrong-again").assertProblem(401);

        assertEquals("4", api.login("owner", OWNER_PASSWORD).assertProblem(429).headers().get("Retry-After"));
    }

    @Test
    void anUnknownUsernameIsLockedOutExactlyLikeARealOne() {
        List<String> real = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            real.add(api.login("owner", "wrong").body());
        }
        clock.advance(Duration.ofHours(3));
        for (int i = 0; i < 5; i++) {
            unknown.add(api.login("nobody", "wrong").body());
        }

        assertEquals(real, unknown);
        assertTrue(unknown.get(4).contains("Too many"), unknown.get(4));
    }

    @Test
    void failuresAgainstDifferentAccountsLockTheClientAddress() {
        api.login("owner", "wrong").assertProblem(401);
        api.login("service", "wrong").assertProblem(401);
        api.login("somebody", "wrong").assertProblem(401);
        api.login("someone-else", "wrong").assertProblem(401);

        api.login("installer", INSTALLER_PASSWORD).assertProblem(429);
    }

    @Test
    void failedLoginsAreAuditedWithoutThePassword() {
        api.login("owner", "Secret-Guess-1");
        api.login("Secret-Typed-As-Username", "Secret-Guess-2");
        api.login("owner", "Secret-Guess-3");
        api.login("owner", "Secret-Guess-4");
        failedLogins.flush();

        List<AuditEntry> entries = auditLog.page(Category.ACCESS, 0, 50).getContent();
        assertTrue(entries.stream().anyMatch(e -> e.event().equals("LOGIN_FAILED") && e.principal().equals("owner")
                && e.message().startsWith("3 failed logins from 127.0.0.1 between ")
                && e.message().endsWith("(wrong password ×3); locked for up to 2 s")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.event().equals("LOGIN_FAILED")
                && e.principal().equals(AccessAudit.UNKNOWN_USER)));
        entries.forEach(e -> assertFalse((e.principal() + e.message()).contains("Secret-"), e.toString()));
    }

    @Test
    void aGuessingAttackerCostsOneAuditLinePerWindowNotOneRowPerGuess() {
        failedLogins.flush();
        long before = auditLog.page(Category.ACCESS, 0, 1).getTotalSize();
        for (int i = 0; i < 40; i++) {
            api.login("owner", "guess-" + i);
            clock.advance(Duration.ofMinutes(16)); // past every lock, so each guess is checked
        }

        assertEquals(before, auditLog.page(Category.ACCESS, 0, 1).getTotalSize(), "nothing written per guess");
        failedLogins.flush();
        List<AuditEntry> written = auditLog.page(Category.ACCESS, 0, 50).getContent().stream()
                .limit(auditLog.page(Category.ACCESS, 0, 1).getTotalSize() - before).toList();
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).message().startsWith("40 failed logins from 127.0.0.1"), written.get(0).message());
    }

    @Test
    void theOwnerWithOneTypoLogsInWithTheRightPasswordWhileAnAttackerHammersTheAccount() throws Exception {
        LoginFrom attacker = new LoginFrom("127.0.0.2", server.getPort());
        for (int i = 0; i < 8; i++) {
            assertEquals(401, attacker.login("owner", "guess-" + i).status());
            clock.advance(Duration.ofMinutes(16)); // past the attacker's own lock: each guess counts on the account
        }
        assertEquals(401, attacker.login("owner", "guess-8").status());

        api.login("owner", "owner-pasword-1").assertProblem(401); // the owner's typo
        assertEquals(200, api.login("owner", OWNER_PASSWORD).status(), "the right password right after the typo");
        assertEquals(429, attacker.login("owner", "guess-9").status(), "the attacker is still slowed");
    }

    @Test
    void parallelGuessesCannotSlipPastTheLock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String guess = "parallel-guess-" + i;
                answers.add(pool.submit(() -> api.login("owner", guess).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertEquals(4, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
            assertEquals(8, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAttackerGuessingFromAnotherAddressNeverLocksTheOwnersPhoneOut() throws Exception {
        LoginFrom attacker = new LoginFrom("127.0.0.2", server.getPort());
        for (int i = 0; i < 4; i++) {
            assertEquals(401, attacker.login("owner", "guess-" + i).status());
        }
        assertEquals(429, attacker.login("owner", "guess-4").status());

        for (int round = 0; round < 3; round++) {
            assertEquals(200, api.login("owner", OWNER_PASSWORD).status(), "the owner's phone, round " + round);
            LoginFrom.Reply guess = attacker.login("owner", "guess-again-" + round);
            assertEquals(429, guess.status(), "the phone's login does not unlock the attacker");
            assertTrue(guess.headers().contains("retry-after: "), guess.headers());
        }
        assertEquals(429, attacker.login("owner", OWNER_PASSWORD).status(), "not even the right password, for now");
    }
}
