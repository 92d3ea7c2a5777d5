package org.stationconfig.certificates;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Maps the exception a TLS connection attempt ended with (SSLHandshakeException and its causes) to a
 * {@link TlsFailureCode}. Types decide where the JDK provides them; JDK message texts are the fallback for
 * connections made without {@link StationTlsContext} (e.g. the Netty client), where only the exception is seen.
 */
public final class TlsFailureClassifier {

    /** Sent by the whitepaper for a bad server certificate (A00.FR.309/310) and an old TLS version (A00.FR.315/419). */
    static final String INVALID_CENTRAL_SYSTEM_CERTIFICATE = "InvalidCentralSystemCertificate";
    static final String INVALID_TLS_VERSION = "InvalidTLSVersion";

    /** JDK HostnameChecker texts: "No subject alternative DNS name matching …", "No name matching … found". */
    private static final Pattern HOSTNAME_TEXT = Pattern.compile("No subject alternative|No name matching");
    /** Alerts a server sends when it does not accept the client certificate (or wanted one and got none). */
    private static final Pattern CLIENT_CERT_ALERT = Pattern.compile("Received fatal alert: (bad_certificate|"
            + "certificate_required|unknown_ca|certificate_unknown|unsupported_certificate|certificate_revoked|"
            + "certificate_expired|access_denied)");
    private static final Pattern VERSION_TEXT = Pattern.compile("protocol_version|No appropriate protocol"
            + "|selected protocol version");

    private TlsFailureClassifier() {
    }

    /** Empty when the failure is not about TLS (DNS, TCP, HTTP are classified by the connection layer). */
    public static Optional<TlsFailure> classify(Throwable failure, Optional<List<X509Certificate>> serverChain) {
        List<Throwable> causes = causes(failure);
        Optional<TlsFailureCode> code = code(causes);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Throwable deepest = causes.get(causes.size() - 1);
        CertificateDescription server = serverChain.filter(chain -> !chain.isEmpty())
                .map(chain -> CertificateDescription.of(chain.get(0))).orElse(null);
        return Optional.of(new TlsFailure(code.get(), code.get().message(), code.get().hint(),
                String.valueOf(deepest.getMessage()), server, securityEvent(code.get(), causes)));
    }

    public static Optional<TlsFailure> classify(Throwable failure, StationTlsContext context) {
        return classify(failure, context.lastServerChain());
    }

    private static Optional<TlsFailureCode> code(List<Throwable> causes) {
        if (any(causes, ServerNameMismatchException.class)) {
            return Optional.of(TlsFailureCode.TLS_HOSTNAME_MISMATCH);
        }
        if (any(causes, CertificateExpiredException.class) || hasReason(causes, CertPathValidatorException.BasicReason.EXPIRED)) {
            return Optional.of(TlsFailureCode.TLS_EXPIRED);
        }
        if (any(causes, CertificateNotYetValidException.class)
                || hasReason(causes, CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
            return Optional.of(TlsFailureCode.TLS_NOT_YET_VALID);
        }
        if (mentions(causes, HOSTNAME_TEXT)) {
            return Optional.of(TlsFailureCode.TLS_HOSTNAME_MISMATCH);
        }
        if (any(causes, CertPathBuilderException.class) || any(causes, CertPathValidatorException.class)
                || any(causes, CertificateException.class)) {
            return Optional.of(TlsFailureCode.TLS_UNTRUSTED);
        }
        if (mentions(causes, CLIENT_CERT_ALERT)) {
            return Optional.of(TlsFailureCode.TLS_CLIENT_CERT_REFUSED);
        }
        return any(causes, SSLException.class) ? Optional.of(TlsFailureCode.TLS_PROTOCOL) : Optional.empty();
    }

    private static String securityEvent(TlsFailureCode code, List<Throwable> causes) {
        return switch (code) {
            case TLS_UNTRUSTED, TLS_EXPIRED, TLS_NOT_YET_VALID, TLS_HOSTNAME_MISMATCH -> INVALID_CENTRAL_SYSTEM_CERTIFICATE;
            case TLS_PROTOCOL -> mentions(causes, VERSION_TEXT) ? INVALID_TLS_VERSION : null;
            case TLS_CLIENT_CERT_REFUSED -> null;
        };
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }

    private static boolean any(List<Throwable> causes, Class<? extends Throwable> type) {
        return causes.stream().anyMatch(type::isInstance);
    }

    private static boolean hasReason(List<Throwable> causes, CertPathValidatorException.Reason reason) {
        return causes.stream().anyMatch(t -> t instanceof CertPathValidatorException e && e.getReason() == reason);
    }

    private static boolean mentions(List<Throwable> causes, Pattern text) {
        return causes.stream().anyMatch(t -> t.getMessage() != null && text.matcher(t.getMessage()).find());
    }
}
