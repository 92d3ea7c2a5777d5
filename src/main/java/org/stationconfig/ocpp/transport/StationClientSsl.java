package org.stationconfig.ocpp.transport;

import io.micronaut.context.annotation.BootstrapContextCompatible;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.client.netty.ssl.ClientSslBuilder;
import io.micronaut.http.client.netty.ssl.NettyClientSslBuilder;
import jakarta.inject.Singleton;

/**
 * Puts {@link StationClientSslBuilder} in place of Micronaut's client SSL builder. A factory method, because a bean
 * class implementing {@link ClientSslBuilder} would make the annotation processor resolve its HTTP/3 method, whose
 * types (netty QUIC) are not on this project's classpath.
 */
@Factory
class StationClientSsl {

    @Singleton
    @BootstrapContextCompatible
    @Replaces(NettyClientSslBuilder.class)
    ClientSslBuilder clientSslBuilder(ResourceResolver resources) {
        return new StationClientSslBuilder(resources);
    }
}
