package org.stationconfig.certificates.tls;

import jakarta.inject.Singleton;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The certificate chain the central system last presented in a successful handshake, and where. */
@Singleton
public class ServerChainMemory {

    /** A chain seen at host:port. */
    public record Seen(String host, int port, List<X509Certificate> chain, Instant at) {

        public Seen {
            chain = List.copyOf(chain);
        }
    }

    private final AtomicReference<Seen> last = new AtomicReference<>();

    void remember(URI uri, List<X509Certificate> chain, Instant at) {
        last.set(new Seen(uri.getHost(), TlsProbe.port(uri), chain, at));
    }

    /** The chain last seen for this endpoint; empty if none or it was seen for another endpoint. */
    public Optional<Seen> lastFor(URI uri) {
        Seen seen = last.get();
        return seen != null && seen.host().equalsIgnoreCase(uri.getHost()) && seen.port() == TlsProbe.port(uri)
                ? Optional.of(seen) : Optional.empty();
    }
}
