package org.stationconfig.filetransfer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Set;
import org.stationconfig.filetransfer.FileTransferException.Reason;

/**
 * HTTP and HTTPS with the JDK's client: GET to download, {@code PUT <location>/<fileName>} to upload (the location
 * is a directory, S16 §5.9 and whitepaper N01). Always HTTP/1.1: the client's default HTTP/2 attempt sends
 * {@code Upgrade: h2c} on plain http://, which servers such as Node's answer with 400. Credentials in the URI's user
 * info go as Basic authentication, and only to the location's own origin ({@link Redirects}).
 */
final class HttpTransfer implements TransferProtocol {

    private final TransferTrust trust;
    private final TransferTimeouts timeouts;

    HttpTransfer(TransferTrust trust, TransferTimeouts timeouts) {
        this.trust = trust;
        this.timeouts = timeouts;
    }

    @Override
    public Set<String> schemes() {
        return Set.of("HTTP", "HTTPS");
    }

    @Override
    public void download(TransferLocation location, Path target, DownloadLimit.Budget budget)
            throws FileTransferException {
        String what = "download " + location;
        HttpClient client = client(what, location);
        Redirects redirects = new Redirects(location, what, Redirects.ANY);
        for (URI uri = location.withoutUserInfo(); ; ) {
            HttpRequest request = request(location, uri, redirects.credentialsFor(uri)).GET().build();
            // the body goes to the file only for a 2xx: an error page must not become the firmware image
            HttpResponse<Long> response = send(client, what, location, request,
                    info -> info.statusCode() / 100 == 2 ? DownloadedFile.subscriber(target, budget)
                            : HttpResponse.BodySubscribers.replacing(0L));
            URI next = redirects.next(uri, response);
            if (next == null) {
                requireSuccess(what, response.statusCode());
                return;
            }
            uri = next;
        }
    }

    @Override
    public void upload(Path file, TransferLocation location, String fileName) throws FileTransferException {
        String what = "upload " + fileName + " to " + location;
        HttpClient client = client(what, location);
        Redirects redirects = new Redirects(location, what, Redirects.KEEPING_THE_METHOD);
        for (URI uri = location.child(fileName); ; ) {
            HttpRequest.BodyPublisher body;
            try {
                body = HttpRequest.BodyPublishers.ofFile(file);
            } catch (IOException e) {
                throw TransferFailures.failed(Reason.FAILED, what, "cannot read " + file.getFileName(), e);
            }
            HttpRequest request = request(location, uri, redirects.credentialsFor(uri))
                    .header("Content-Type", "application/octet-stream").PUT(body).build();
            HttpResponse<Void> response = send(client, what, location, request, HttpResponse.BodyHandlers.discarding());
            URI next = redirects.next(uri, response);
            if (next == null) {
                requireSuccess(what, response.statusCode());
                return;
            }
            uri = next;
        }
    }

    private HttpRequest.Builder request(TransferLocation location, URI uri, boolean withCredentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeouts.response());
        if (withCredentials && location.user() != null) {
            String credentials = location.user() + ":" + (location.password() == null ? "" : location.password());
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    /** One client per transfer, redirects followed here (never by the client, which would resend the header). */
    private HttpClient client(String what, TransferLocation location) throws FileTransferException {
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connect()).followRedirects(HttpClient.Redirect.NEVER);
        try {
            client.sslContext(trust.sslContext()); // also for plain http://, which may redirect to https://
        } catch (GeneralSecurityException e) {
            if (location.scheme().equals("HTTPS")) {
                throw TransferFailures.failed(Reason.TLS_FAILED, what, "the trusted roots cannot be loaded", e);
            }
        }
        return client.build();
    }

    private static <T> HttpResponse<T> send(HttpClient client, String what, TransferLocation location,
                                            HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws FileTransferException {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw TransferFailures.classify(what, location, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TransferFailures.failed(Reason.FAILED, what, "cancelled", e);
        }
    }

    private static void requireSuccess(String what, int status) throws FileTransferException {
        if (status / 100 == 2) {
            return;
        }
        String why = "the server answered HTTP " + status;
        Reason reason = switch (status) {
            case 401 -> Reason.PERMISSION_DENIED;
            case 403 -> Reason.PERMISSION_DENIED;
            case 404 -> Reason.NOT_FOUND;
            default -> Reason.FAILED;
        };
        String hint = switch (status) {
            case 401 -> " (credentials missing or wrong)";
            case 403 -> " (not allowed)";
            case 404 -> " (not found)";
            default -> "";
        };
        throw TransferFailures.failed(reason, what, why + hint, null);
    }
}
