package org.stationconfig.settings.api;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stationconfig.auth.Actor;
import org.stationconfig.i18n.Bundle;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.PermissionSubject;
import org.stationconfig.settings.SettingsRegistry;
import org.stationconfig.settings.catalog.ScreenLayout;
import org.stationconfig.settings.catalog.ScreenLayout.ItemKind;

/** The screens' sections for one caller in one language, from the layout of the registry's settings. */
@Singleton
public class ScreenSections {

    static final String STATUS_HREF = "/api/v1/ocpp/status";
    static final String CERTIFICATES_HREF = "/api/v1/certificates";

    private final ScreenLayout layout;
    private final PermissionMatrix permissions;

    public ScreenSections(SettingsRegistry registry, PermissionMatrix permissions) {
        this.layout = ScreenLayout.of(registry.all());
        this.permissions = permissions;
        // like the registry's own checks: a setting the app could not name fails at start-up, not on every GET
        registry.all().stream().map(definition -> "setting." + definition.key() + ".label")
                .filter(key -> Bundle.find(Locale.ENGLISH, key).isEmpty()).findFirst().ifPresent(key -> {
                    throw new IllegalStateException("no text " + key + " in i18n/texts.properties");
                });
    }

    public ScreenLayout layout() {
        return layout;
    }

    public List<SectionView> all(Actor caller, Locale language) {
        return layout.sections().stream().map(section -> view(section, caller, language)).toList();
    }

    public String title(String sectionId, Locale language) {
        return Bundle.text(language, "section." + sectionId + ".title");
    }

    private SectionView view(ScreenLayout.Section section, Actor caller, Locale language) {
        String screenTitle = Bundle.find(language, "screen." + section.screen() + ".title")
                .orElseGet(() -> title(section.id(), language));
        return new SectionView(section.id(), title(section.id(), language), section.screen(), screenTitle,
                section.position(), section.items().stream().map(item -> line(item, caller, language)).toList());
    }

    private SectionView.Line line(ScreenLayout.Item item, Actor caller, Locale language) {
        if (item.kind() == ItemKind.SETTING) {
            return new SectionView.Line(item.kind().name(), item.position(), item.setting(), null, null, null, null);
        }
        String label = Bundle.text(language, "item." + item.kind().name() + ".label");
        String help = Bundle.text(language, "item." + item.kind().name() + ".help");
        if (item.kind() == ItemKind.CONNECTION_STATUS) {
            return new SectionView.Line(item.kind().name(), item.position(), null, label, help, STATUS_HREF, null);
        }
        List<SectionView.CertificateActions> actions = permissions.subjects(PermissionSubject.Kind.CERTIFICATE_USE).stream()
                .map(use -> actions(use, caller, language)).toList();
        return new SectionView.Line(item.kind().name(), item.position(), null, label, help, CERTIFICATES_HREF, actions);
    }

    // one permission per use covers installing and deleting (PermissionMatrix), as in GET /api/v1/certificates
    private SectionView.CertificateActions actions(PermissionSubject use, Actor caller, Locale language) {
        Text refusal = permissions.refusalText(caller, use);
        boolean allowed = refusal == null;
        return new SectionView.CertificateActions(use.permissionKey(),
                Bundle.text(language, "certificateUse." + use.permissionKey() + ".label"), allowed, allowed,
                allowed ? null : refusal.in(language));
    }
}
