package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.stationconfig.certificates.CertificateDescription;
import org.stationconfig.certificates.TlsFailure;
import org.stationconfig.certificates.store.StationCertificateFallback;
import org.stationconfig.certificates.tls.ClientTlsSource;
import org.stationconfig.certificates.tls.TlsProbe;
import org.stationconfig.i18n.Text;
import org.stationconfig.clock.StationClock;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.ocpp.transport.ClientTls;

/**
 * TLS for profiles 2 and 3 (SPEC §6): the material the dialer uses, from the certificate store at each connection,
 * and after a failed wss connection a diagnostic handshake that names the reason (untrusted, expired, host name,
 * client certificate refused, protocol) with the server's certificate, raising the whitepaper's security event.
 */
@Singleton
class TlsDiagnosis {

    private final ClientTlsSource source;
    private final StationCertificateFallback stationCertificate;
    private final TlsProbe probe;
    private final SecurityEvents securityEvents;
    private final StationClock clock;
    private final ExecutorService blocking;

    TlsDiagnosis(ClientTlsSource source, StationCertificateFallback stationCertificate, TlsProbe probe, SecurityEvents securityEvents, StationClock clock,
                 @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.source = source;
        this.stationCertificate = stationCertificate;
        this.probe = probe;
        this.securityEvents = securityEvents;
        this.clock = clock;
        this.blocking = blocking;
    }

    /** The trust anchors (and for profile 3 the station's certificate) to dial with; empty without TLS. */
    Optional<ClientTls> material(int securityProfile) {
        return source.contextForProfile(securityProfile).map(context -> new ClientTls(context.sslContext(),
                java.util.Arrays.asList(context.parameters().getProtocols()),
                java.util.Arrays.asList(context.parameters().getCipherSuites())));
    }

    /** Fingerprint of the station certificate profile 3 presents now: part of the connection parameters. */
    @Nullable
    String presentedCertificate() {
        return stationCertificate.presented();
    }

    /**
     * Diagnoses a failed wss attempt off the OCPP thread. Completes with the TLS reason, or with {@code failure}
     * itself when the handshake is fine (then the problem lies elsewhere, e.g. HTTP). A connection test passes
     * {@code raiseEvents} false: it is not the station's connection.
     */
    CompletableFuture<LastError> explain(URI uri, int securityProfile, LastError failure, boolean raiseEvents) {
        return CompletableFuture.supplyAsync(() -> probe.probe(uri, securityProfile, Duration.ofSeconds(10))
                .map(tls -> reported(tls, failure.attempts(), raiseEvents)).orElse(failure), blocking);
    }

    private LastError reported(TlsFailure tls, int attempts, boolean raiseEvents) {
        if (raiseEvents) {
            tls.event().ifPresent(event -> securityEvents.raise(SecurityEvent.valueOf(event),
                    tls.code().name() + ": " + tls.detail(), clock.now()));
        }
        LastError.ServerCertificate server = tls.server().map(TlsDiagnosis::server).orElse(null);
        // the classifier's fixed sentences per code live in the bundle too, so the app shows them in its language
        boolean fixed = tls.message().equals(tls.code().message()) && tls.hint().equals(tls.code().hint());
        if (fixed) {
            return LastError.worded("TLS", tls.code().name(), Text.of("status.message." + tls.code().name()),
                    Text.of("status.hint." + tls.code().name()), clock.now(), attempts, null, null, null, null, server);
        }
        return new LastError("TLS", tls.code().name(), tls.message(), tls.hint(), clock.now(), attempts,
                null, null, null, null, server);
    }

    private static LastError.ServerCertificate server(CertificateDescription description) {
        return new LastError.ServerCertificate(description.subject(), description.issuer(),
                Instant.parse(description.notBefore()), Instant.parse(description.notAfter()));
    }
}
