package org.stationconfig.settings;

import java.util.List;
import java.util.Set;
import org.stationconfig.i18n.Text;

/**
 * A row of the permission matrix that is not a setting: a certificate use, a station command. The features own their
 * subjects and hand them to the matrix as {@link PermissionSubjects} beans, so the matrix names none of them.
 */
public interface PermissionSubject {

    /** What kind of row: the screen's certificates item lists the certificate uses. */
    enum Kind { CERTIFICATE_USE, STATION_COMMAND }

    Kind kind();

    /** The row's key, e.g. {@code CentralSystemRootCertificate} or {@code unlock-connector}. */
    String permissionKey();

    /** Who may unless SERVICE changed the row (SPEC §6). */
    Set<Writer> defaultWriters();

    /** Whether the central system may ever be a writer of this row. */
    boolean centralSystemMayBeWriter();

    /** Why a caller may not, given who may ({@code allowed}, sorted, possibly empty). */
    Text refusal(List<Writer> allowed);
}
