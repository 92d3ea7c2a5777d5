package org.stationconfig.filetransfer;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.stationconfig.filetransfer.FileTransferException.Reason;
import org.stationconfig.ocpp.rpc.LogText;

/**
 * A location the central system gave (firmware URL, diagnostics directory), split into what a transfer needs. The
 * credentials come from the URI's user info ({@code ftp://user:password@host/dir}) and never appear in
 * {@link #toString()}, which is what logs and error messages show.
 */
public final class TransferLocation {

    private final URI uri;
    private final String scheme;
    private final String user;
    private final String password;

    private TransferLocation(URI uri, String scheme, String user, String password) {
        this.uri = uri;
        this.scheme = scheme;
        this.user = user;
        this.password = password;
    }

    /** Fails with {@link Reason#BAD_LOCATION} for text that is not an absolute URI with a host. */
    public static TransferLocation parse(String location) throws FileTransferException {
        if (location == null || location.isBlank()) {
            throw new FileTransferException(Reason.BAD_LOCATION, "no location given");
        }
        try {
            return of(new URI(location.strip()));
        } catch (URISyntaxException e) {
            throw new FileTransferException(Reason.BAD_LOCATION, "the location is not a valid URI (" + e.getReason()
                    + ")");
        }
    }

    public static TransferLocation of(URI uri) throws FileTransferException {
        if (uri.getScheme() == null || uri.isOpaque()) {
            throw new FileTransferException(Reason.BAD_LOCATION, "the location has no scheme such as ftp:// or https://");
        }
        if (uri.getHost() == null) {
            throw new FileTransferException(Reason.BAD_LOCATION, "the location names no host");
        }
        String user = null;
        String password = null;
        String rawUserInfo = uri.getRawUserInfo();
        if (rawUserInfo != null) {
            int colon = rawUserInfo.indexOf(':');
            user = decode(colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon));
            password = colon < 0 ? null : decode(rawUserInfo.substring(colon + 1));
        }
        return new TransferLocation(uri, uri.getScheme().toUpperCase(Locale.ROOT), user, password);
    }

    /** Upper case, as SupportedFileTransferProtocols names it: FTP, FTPS, HTTP, HTTPS, or whatever was given. */
    public String scheme() {
        return scheme;
    }

    public String host() {
        return uri.getHost();
    }

    public int port(int defaultPort) {
        return uri.getPort() < 0 ? defaultPort : uri.getPort();
    }

    /** The decoded path, "" when there is none. */
    public String path() {
        return uri.getPath() == null ? "" : uri.getPath();
    }

    @Nullable
    public String user() {
        return user;
    }

    @Nullable
    public String password() {
        return password;
    }

    /** The URI as given, without its user info: what an HTTP request is sent to. */
    public URI withoutUserInfo() {
        return rebuild(uri.getRawPath());
    }

    /** {@code fileName} inside this location taken as a directory: HTTP(S) {@code PUT <location>/<fileName>}. */
    public URI child(String fileName) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return rebuild((path.endsWith("/") ? path : path + "/") + encoded);
    }

    private URI rebuild(String rawPath) {
        StringBuilder text = new StringBuilder(uri.getScheme()).append("://").append(hostForUri());
        if (uri.getPort() >= 0) {
            text.append(':').append(uri.getPort());
        }
        text.append(rawPath == null ? "" : rawPath);
        if (uri.getRawQuery() != null) {
            text.append('?').append(uri.getRawQuery());
        }
        return URI.create(text.toString());
    }

    private String hostForUri() {
        String host = uri.getHost();
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** For logs and messages: {@link LogText#location}, the one form every log line uses (no user info, no query). */
    @Override
    public String toString() {
        return LogText.location(uri.toString());
    }

    /** Percent-decoding as in a URI: '+' stays a plus sign (URLDecoder alone would make it a space). */
    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
