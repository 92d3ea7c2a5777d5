package org.stationconfig.certificates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Api;
import org.stationconfig.certificates.BadInputCorpusTest;
import org.stationconfig.certificates.ExpectedSubject;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.store.PendingKeys;

/**
 * The bad-input corpus through the real upload endpoint: each file is refused with its own reason as a problem
 * document within the corpus's time bound, and neither the installed certificates nor the waiting keys change.
 */
@MicronautTest(transactional = false)
class UploadCorpusHttpTest extends TestDataDir {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    PendingKeys pendingKeys;

    CertificateApi installer;
    List<String> installed;

    @Override
    protected java.util.Map<String, String> extraProperties() {
        return CertificateApi.ACCOUNTS;
    }

    @BeforeAll
    void installOneRoot() throws Exception {
        Api api = new Api(client, json);
        installer = new CertificateApi(api, api.token("installer", "installer-password-1"));
        assertEquals(201, installer.uploadRoot(TestPki.ca("Existing Root").build().pemBytes()).status());
        installed = installer.fingerprints(json);
    }

    /** One corpus entry; a record, since Micronaut's test extension would claim a Supplier parameter as a bean. */
    record Case(RefusalReason reason, BadInputCorpusTest.Upload upload) {
        @Override
        public String toString() {
            return reason.name();
        }
    }

    /** The app's uploads carry no expected subject: the two subject cases belong to CertificateSigned. */
    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() {
        return BadInputCorpusTest.corpus()
                .map(a -> Arguments.of(a.get()[0], new Case((RefusalReason) a.get()[1],
                        ((Supplier<BadInputCorpusTest.Upload>) a.get()[2]).get())))
                .filter(a -> ((Case) a.get()[1]).upload().expected().equals(ExpectedSubject.any()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void isRefusedOverHttpWithItsReasonAndNothingChanges(String name, Case corpusCase) throws Exception {
        RefusalReason reason = corpusCase.reason();
        BadInputCorpusTest.Upload upload = corpusCase.upload();
        // over HTTP a station certificate without key looks for a CSR's waiting key, and says so
        RefusalReason expected = reason == RefusalReason.KEY_MISSING ? RefusalReason.NO_MATCHING_REQUEST : reason;
        long waiting = pendingKeys.count();

        Api.Reply reply = assertTimeoutPreemptively(BadInputCorpusTest.BOUND, () ->
                installer.upload(upload.use().ocppName(), upload.file(), upload.key(), upload.password()), name);

        reply.assertProblem(reason == RefusalReason.FILE_TOO_LARGE ? 413 : 422);
        assertEquals(expected, RefusalReason.valueOf(CertificateControllerTest.errorKeys(reply).get(0)), reply.body());
        assertTrue(reply.detail().startsWith(expected.message()), reply.detail());
        assertEquals(installed, installer.fingerprints(json));
        assertEquals(waiting, pendingKeys.count());
    }
}
