package org.stationconfig.filetransfer;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import org.stationconfig.filetransfer.FileTransferException.Reason;

/**
 * The redirects one HTTP transfer follows: at most {@value #MOST}, never from https:// down to http://, and the
 * location's credentials only ever go to the location's own origin (scheme, host and port, RFC 6454): a server may
 * send the station anywhere, but not take the password along.
 */
final class Redirects {

    /** A GET may follow every redirect. */
    static final Set<Integer> ANY = Set.of(301, 302, 303, 307, 308);
    /** A PUT only those that keep the method and body (RFC 9110 §15.4.8, §15.4.9). */
    static final Set<Integer> KEEPING_THE_METHOD = Set.of(307, 308);
    static final int MOST = 5;

    private final TransferLocation location;
    private final String what;
    private final Set<Integer> followed;
    private int count;

    Redirects(TransferLocation location, String what, Set<Integer> followed) {
        this.location = location;
        this.what = what;
        this.followed = followed;
    }

    /** Whether a request to {@code uri} may carry the location's credentials. */
    boolean credentialsFor(URI uri) {
        URI origin = location.withoutUserInfo();
        return scheme(uri).equals(scheme(origin)) && host(uri).equals(host(origin)) && port(uri) == port(origin);
    }

    /** Where the response sends the transfer next, or null when it is the answer to act on. */
    URI next(URI current, HttpResponse<?> response) throws FileTransferException {
        if (!followed.contains(response.statusCode())) {
            return null;
        }
        String header = response.headers().firstValue("Location").orElse(null);
        if (header == null) {
            return null; // reported as the 3xx it is
        }
        if (++count > MOST) {
            throw TransferFailures.failed(Reason.FAILED, what, "more than " + MOST + " redirects", null);
        }
        TransferLocation target;
        try {
            target = TransferLocation.of(current.resolve(header.strip()));
        } catch (IllegalArgumentException | FileTransferException e) {
            throw TransferFailures.failed(Reason.FAILED, what, "the server redirected to a location that is not "
                    + "a URI", null);
        }
        if (!target.scheme().equals("HTTP") && !target.scheme().equals("HTTPS")) {
            throw TransferFailures.failed(Reason.FAILED, what, "the server redirected to " + target.scheme()
                    + ", which is not HTTP(S)", null);
        }
        if (scheme(current).equals("https") && target.scheme().equals("HTTP")) {
            throw TransferFailures.failed(Reason.FAILED, what, "the server redirected from https to plain http ("
                    + target + "); refused", null);
        }
        return target.withoutUserInfo();
    }

    private static String scheme(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : scheme(uri).equals("https") ? 443 : 80;
    }
}
