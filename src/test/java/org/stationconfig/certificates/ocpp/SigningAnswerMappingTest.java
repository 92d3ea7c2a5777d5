package org.stationconfig.certificates.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stationconfig.certificates.renewal.SigningAnswer;
import org.stationconfig.ocpp.v16.security.SignCertificate;

/** SignCertificate's answer against the renewal's: one to one, and under the same name (it is in the audit text). */
class SigningAnswerMappingTest {

    @Test
    void everyGenericStatusIsTheSigningAnswerOfTheSameNameAndEveryAnswerIsReached() {
        Set<SigningAnswer> reached = EnumSet.noneOf(SigningAnswer.class);
        for (SignCertificate.GenericStatus status : SignCertificate.GenericStatus.values()) {
            SigningAnswer answer = SignCertificateRequests.answer(status);
            assertEquals(status.name(), answer.name());
            reached.add(answer);
        }
        assertEquals(EnumSet.allOf(SigningAnswer.class), reached);
    }
}
