package org.stationconfig.certificates.manage;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.stationconfig.certificates.Refusal;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.certificates.Verdict;
import org.stationconfig.certificates.store.InstalledCertificate;

/** What became of an install: the stored certificate with the verdict's warnings, or the refusals (nothing stored). */
public record InstallOutcome(@Nullable InstalledCertificate installed, Verdict verdict) {

    static InstallOutcome refused(Refusal refusal) {
        return new InstallOutcome(null, Verdict.refused(refusal));
    }

    public boolean accepted() {
        return installed != null;
    }

    public List<RefusalReason> reasons() {
        return verdict.reasons();
    }

    public List<Refusal> refusals() {
        return verdict.refusals();
    }
}
