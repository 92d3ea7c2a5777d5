package org.stationconfig.certificates;

import java.util.List;
import java.util.Optional;

/** An upload or OCPP delivery after reading and policy: what it held (if readable) and the verdict. */
public record Inspection(CertificateMaterial material, Verdict verdict) {

    public boolean accepted() {
        return verdict.accepted();
    }

    public Optional<CertificateMaterial> readable() {
        return Optional.ofNullable(material);
    }

    /** Descriptions for the listing and the answer to the app, first certificate first. */
    public List<CertificateDescription> descriptions() {
        return material == null ? List.of() : material.certificates().stream().map(CertificateDescription::of).toList();
    }
}
