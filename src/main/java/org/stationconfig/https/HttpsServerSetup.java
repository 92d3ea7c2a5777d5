package org.stationconfig.https;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.ssl.ServerSslConfiguration;
import jakarta.inject.Singleton;

/**
 * Points the server's HTTPS at the station's own certificate (made on first start), unless the configuration names
 * other PEM files ({@code micronaut.server.ssl.key-store.*}).
 */
@Singleton
public class HttpsServerSetup implements BeanCreatedEventListener<ServerSslConfiguration> {

    // lazy: the certificate is made (first start) only when the SSL configuration is created with HTTPS on
    private final BeanProvider<StationHttpsCertificate> certificate;

    public HttpsServerSetup(BeanProvider<StationHttpsCertificate> certificate) {
        this.certificate = certificate;
    }

    @Override
    public ServerSslConfiguration onCreated(BeanCreatedEvent<ServerSslConfiguration> event) {
        ServerSslConfiguration ssl = event.getBean();
        boolean configured = ssl.getKeyStore().getKeyPath() != null || ssl.getKeyStore().getPath().isPresent();
        if (ssl.isEnabled() && !configured) {
            StationHttpsCertificate.Files files = certificate.get().ensure();
            ssl.getKeyStore().setCertificatePath("file:" + files.certificate().toAbsolutePath());
            ssl.getKeyStore().setKeyPath("file:" + files.key().toAbsolutePath());
        }
        return ssl;
    }
}
