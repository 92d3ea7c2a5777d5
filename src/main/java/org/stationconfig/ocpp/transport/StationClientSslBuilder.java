package org.stationconfig.ocpp.transport;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.client.HttpVersionSelection;
import io.micronaut.http.client.netty.ssl.ClientSslBuilder;
import io.micronaut.http.client.netty.ssl.NettyClientSslBuilder;
import io.micronaut.http.ssl.SslConfiguration;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;

/**
 * Micronaut's client SSL builder, except for a central-system dial ({@link StationSslConfiguration}): that one gets
 * the station's own TLS client as it is, because Micronaut's key and trust store settings can neither judge
 * validity by the station's clock nor keep the chain for the diagnosis. Every other client is built as before.
 * Made by {@link StationClientSsl}.
 */
final class StationClientSslBuilder implements ClientSslBuilder {

    private final NettyClientSslBuilder standard;

    StationClientSslBuilder(ResourceResolver resources) {
        this.standard = new NettyClientSslBuilder(resources);
    }

    @Override
    public SslContext build(SslConfiguration configuration, HttpVersionSelection versionSelection) {
        if (configuration instanceof StationSslConfiguration station) {
            ClientTls tls = station.tls();
            // exactly the whitepaper's versions and suites, nothing the JDK would add (A00.FR.312/318/319)
            return new JdkSslContext(tls.context(), true, tls.cipherSuites(), IdentityCipherSuiteFilter.INSTANCE,
                    ApplicationProtocolConfig.DISABLED, ClientAuth.NONE, tls.protocols().toArray(String[]::new), false);
        }
        return standard.build(configuration, versionSelection);
    }
}
