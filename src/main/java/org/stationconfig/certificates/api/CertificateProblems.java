package org.stationconfig.certificates.api;

import io.micronaut.http.HttpStatus;
import java.util.List;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.api.ProblemException;
import org.stationconfig.certificates.Refusal;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.i18n.Sentences;
import org.stationconfig.i18n.Text;

/**
 * Refusals as problem documents: {@code errors} carries one entry per refusal with the reason code as its key (for
 * the app) and the installer's sentence. 403 when the permission data does not allow the use, 413 for a file over the
 * cap, 409 for a conflict with the store, else 422.
 */
final class CertificateProblems {

    private CertificateProblems() {
    }

    static ProblemException refused(Text title, List<Refusal> refusals) {
        List<RefusalReason> reasons = refusals.stream().map(Refusal::reason).toList();
        HttpStatus status = reasons.contains(RefusalReason.NOT_PERMITTED) ? HttpStatus.FORBIDDEN
                : reasons.contains(RefusalReason.FILE_TOO_LARGE) ? HttpStatus.REQUEST_ENTITY_TOO_LARGE
                : reasons.contains(RefusalReason.ALREADY_INSTALLED) || reasons.contains(RefusalReason.STORE_FULL)
                        || reasons.contains(RefusalReason.INSTALLED_FOR_ANOTHER_USE)
                        || reasons.contains(RefusalReason.CPO_NAME_MISSING)
                        || reasons.contains(RefusalReason.SERIAL_NUMBER_MISSING) ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_ENTITY;
        List<FieldText> errors = refusals.stream().map(r -> new FieldText(r.reason().name(), text(r))).toList();
        List<Object> sentences = List.copyOf(errors.stream().map(FieldText::message).toList());
        return ProblemException.of(status, title, Text.of("certificate.refusal.sentences", new Sentences(sentences)), errors);
    }

    /** The reason's sentence in the caller's language; a detail (a subject, a date, a key size) stays as the station wrote it. */
    static Text text(Refusal refusal) {
        Text reason = Text.of("certificate.refusal." + refusal.reason().name());
        String standard = refusal.reason().message();
        return refusal.message().length() > standard.length() + 2 && refusal.message().startsWith(standard + ": ")
                ? Text.of("certificate.refusal.withDetail", reason, refusal.message().substring(standard.length() + 2))
                : reason;
    }

    static ProblemException badRequest(Text detail) {
        return ProblemException.of(HttpStatus.BAD_REQUEST, Text.of("certificate.incomplete.title"), detail);
    }

    static ProblemException notFound() {
        return ProblemException.of(HttpStatus.NOT_FOUND, Text.of("problem.status.404.title"),
                Text.of("certificate.notFound.detail"));
    }
}
