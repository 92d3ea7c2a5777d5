package org.stationconfig.certificates;

import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.settings.PermissionSubjects;

/** The certificate uses as rows of the permission matrix: who may install and delete certificates of each. */
@Singleton
class CertificatePermissions implements PermissionSubjects {

    @Override
    public int position() {
        return 1;
    }

    @Override
    public List<CertificateUse> subjects() {
        return List.of(CertificateUse.values());
    }
}
