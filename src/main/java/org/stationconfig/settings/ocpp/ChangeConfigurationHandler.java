package org.stationconfig.settings.ocpp;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.auth.Actor;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.CallHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.ChangeConfiguration.ConfigurationStatus;
import org.stationconfig.ocpp.v16.core.ChangeConfiguration;
import org.stationconfig.settings.Applies;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.SettingsRegistry;
import org.stationconfig.settings.SettingsRejected;

/**
 * ChangeConfiguration (S16 §5.3) through the same write path as the app, as the central system: Accepted,
 * Rejected (bad value, read-only, raise-only profile), NotSupported (unknown key), RebootRequired only for settings
 * that truly apply at restart. The answer goes out before a resulting reconnect (the reconnect is queued behind it
 * on the OCPP thread).
 */
@Singleton
public class ChangeConfigurationHandler implements OcppHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeConfigurationHandler.class);

    private final SettingsRegistry registry;
    private final SettingChanges changes;

    public ChangeConfigurationHandler(SettingsRegistry registry, SettingChanges changes) {
        this.registry = registry;
        this.changes = changes;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(ChangeConfiguration.ACTION, CallHandler.sync(this::answer));
    }

    ChangeConfiguration.Response answer(ChangeConfiguration.Request request) {
        Optional<SettingDefinition> definition = registry.findByOcppKey(request.key());
        if (definition.isEmpty()) {
            return new ChangeConfiguration.Response(ConfigurationStatus.NotSupported);
        }
        try {
            changes.apply(ChangeRequest.fromText(Actor.csms(), definition.get().key(), request.value()));
        } catch (SettingsRejected rejected) {
            LOG.info("ChangeConfiguration {} rejected: {}", request.key(), rejected.problems().values());
            return new ChangeConfiguration.Response(rejected.reason() == SettingsRejected.Reason.UNKNOWN
                    ? ConfigurationStatus.NotSupported : ConfigurationStatus.Rejected);
        }
        return new ChangeConfiguration.Response(definition.get().applies() == Applies.RESTART
                ? ConfigurationStatus.RebootRequired : ConfigurationStatus.Accepted);
    }
}
