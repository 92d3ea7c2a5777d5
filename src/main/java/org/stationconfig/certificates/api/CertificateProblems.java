package org.stationconfig.certificates.api;

import io.micronaut.http.HttpStatus;
import java.util.List;
import org.stationconfig.api.Problem;
import org.stationconfig.api.ProblemException;
import org.stationconfig.certificates.Refusal;
import org.stationconfig.certificates.RefusalReason;

/**
 * Refusals as problem documents: {@code errors} carries one entry per refusal with the reason code as its key (for
 * the app) and the installer's sentence. 403 when the permission data does not allow the use, 413 for a file over the
 * cap, 409 for a conflict with the store, else 422.
 */
final class CertificateProblems {

    private CertificateProblems() {
    }

    static ProblemException refused(String title, List<Refusal> refusals) {
        List<RefusalReason> reasons = refusals.stream().map(Refusal::reason).toList();
        HttpStatus status = reasons.contains(RefusalReason.NOT_PERMITTED) ? HttpStatus.FORBIDDEN
                : reasons.contains(RefusalReason.FILE_TOO_LARGE) ? HttpStatus.REQUEST_ENTITY_TOO_LARGE
                : reasons.contains(RefusalReason.ALREADY_INSTALLED) || reasons.contains(RefusalReason.STORE_FULL)
                        || reasons.contains(RefusalReason.INSTALLED_FOR_ANOTHER_USE)
                        || reasons.contains(RefusalReason.CPO_NAME_MISSING)
                        || reasons.contains(RefusalReason.SERIAL_NUMBER_MISSING) ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_ENTITY;
        List<Problem.FieldError> errors = refusals.stream()
                .map(r -> new Problem.FieldError(r.reason().name(), r.message())).toList();
        String detail = String.join(". ", refusals.stream().map(Refusal::message).toList()) + ".";
        return new ProblemException(new Problem("about:blank", title, status.getCode(), detail, errors, null));
    }

    static ProblemException badRequest(String detail) {
        return ProblemException.of(HttpStatus.BAD_REQUEST, "Incomplete upload", detail);
    }

    static ProblemException notFound() {
        return ProblemException.of(HttpStatus.NOT_FOUND, "Not Found", "There is no installed certificate with this id.");
    }
}
