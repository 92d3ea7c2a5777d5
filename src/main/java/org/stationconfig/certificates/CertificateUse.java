package org.stationconfig.certificates;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stationconfig.i18n.Alternatives;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.PermissionSubject;
import org.stationconfig.settings.Writer;

/** What an installed certificate is for, with the OCPP 1.6 security whitepaper names (CertificateUseEnumType). */
public enum CertificateUse implements PermissionSubject {
    CENTRAL_SYSTEM_ROOT("CentralSystemRootCertificate", true, EnumSet.of(Writer.INSTALLER, Writer.SERVICE, Writer.CSMS)),
    // firmware signing trust (whitepaper L01): an installer must not be able to make the station accept its own images
    MANUFACTURER_ROOT("ManufacturerRootCertificate", true, EnumSet.of(Writer.SERVICE, Writer.CSMS)),
    CHARGE_POINT("ChargePointCertificate", false, EnumSet.of(Writer.INSTALLER, Writer.SERVICE, Writer.CSMS));

    private final String ocppName;
    private final boolean root;
    private final Set<Writer> defaultWriters;

    CertificateUse(String ocppName, boolean root, Set<Writer> defaultWriters) {
        this.ocppName = ocppName;
        this.root = root;
        this.defaultWriters = defaultWriters;
    }

    @Override
    public Kind kind() {
        return Kind.CERTIFICATE_USE;
    }

    /** The permission row is keyed by the OCPP name. */
    @Override
    public String permissionKey() {
        return ocppName;
    }

    @Override
    public boolean centralSystemMayBeWriter() {
        return true;
    }

    @Override
    public Text refusal(List<Writer> allowed) {
        List<Object> who = allowed.stream().map(w -> w == Writer.CSMS ? (Object) Text.of("word.centralSystem") : w.name())
                .toList();
        return who.isEmpty() ? Text.of("permission.certificate.nobody", ocppName)
                : Text.of("permission.certificate.only", new Alternatives(who), ocppName);
    }

    /** Who may install and delete certificates of this use unless SERVICE changed it (SPEC §6). */
    @Override
    public Set<Writer> defaultWriters() {
        return Set.copyOf(defaultWriters);
    }

    public String ocppName() {
        return ocppName;
    }

    /** A trust anchor (CA certificate) rather than the station's own TLS client certificate. */
    public boolean isRoot() {
        return root;
    }

    /** Reads the OCPP name as sent by the central system or the app. */
    public static Optional<CertificateUse> fromOcppName(String name) {
        return Arrays.stream(values()).filter(use -> use.ocppName.equals(name)).findFirst();
    }
}
