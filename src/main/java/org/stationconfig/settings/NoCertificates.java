package org.stationconfig.settings;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Until a certificate store is present, no certificate is installed, so profiles 2 and 3 cannot be reached. */
@Singleton
@Secondary
public class NoCertificates implements SecurityPrerequisites {

    @Override
    public boolean hasCentralSystemRootCertificate() {
        return false;
    }

    @Override
    public boolean hasChargePointCertificate() {
        return false;
    }
}
