package org.stationconfig.https;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.ssl.ServerSslConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;

/**
 * The {@code httpEnabled} setting (applies at restart): when false and HTTPS is on, the server listens on HTTPS only
 * (no dual protocol). HTTPS itself is never switched off by a setting, so the API stays reachable.
 */
@Singleton
public class PlainHttpSwitch implements BeanCreatedEventListener<HttpServerConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(PlainHttpSwitch.class);

    // lazy: a creation listener of HttpServerConfiguration is made before it; the settings are read when it is created
    private final BeanProvider<SettingsStore> settings;
    // lazy: the SSL configuration is read when the server configuration is created, not when this listener is
    private final BeanProvider<ServerSslConfiguration> ssl;

    public PlainHttpSwitch(BeanProvider<SettingsStore> settings, BeanProvider<ServerSslConfiguration> ssl) {
        this.settings = settings;
        this.ssl = ssl;
    }

    @Override
    public HttpServerConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration> event) {
        HttpServerConfiguration server = event.getBean();
        if (!settings.get().current().get(Setting.HTTP_ENABLED)) {
            if (ssl.get().isEnabled()) {
                server.setDualProtocol(false);
                LOG.info("Plain HTTP is switched off (httpEnabled = false): the local API is served over HTTPS only");
            } else {
                LOG.warn("httpEnabled = false, but HTTPS is not enabled: plain HTTP stays on so the API is reachable");
            }
        }
        return server;
    }
}
