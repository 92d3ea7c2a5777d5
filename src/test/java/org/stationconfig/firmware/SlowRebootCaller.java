package org.stationconfig.firmware;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.connection.VirtualTime;
import org.stationconfig.ocpp.session.OcppThread;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.ChangeResult;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.SecurityPrerequisites;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingRule;
import org.stationconfig.settings.SettingsChanged;
import org.stationconfig.settings.SettingsRegistry;
import org.stationconfig.settings.SettingsStore;

/**
 * The loaded machine of the double-BootNotification race, made exact: whoever writes {@code firmwareVersion} from
 * outside the OCPP thread is held after the write until the OCPP thread has done all the write set off (the
 * reconnect's dial, its BootNotification). On the OCPP thread there is nothing to hold: it cannot move meanwhile.
 */
@Singleton
@Replaces(SettingChanges.class)
@Requires(property = SlowRebootCaller.PROPERTY, value = "true")
class SlowRebootCaller extends SettingChanges {

    static final String PROPERTY = "test.slow-reboot-caller";

    private final VirtualTime time;

    SlowRebootCaller(SettingsRegistry registry, SettingsStore store, PermissionMatrix permissions,
                     List<SettingRule> rules, SecurityPrerequisites prerequisites,
                     ApplicationEventPublisher<SettingsChanged> events, VirtualTime time) {
        super(registry, store, permissions, rules, prerequisites, events);
        this.time = time;
    }

    @Override
    public ChangeResult apply(ChangeRequest request) {
        ChangeResult result = super.apply(request);
        if (result.changed().contains("firmwareVersion")
                && !Thread.currentThread().getName().equals(OcppThread.NAME)) {
            time.settle();
        }
        return result;
    }
}
