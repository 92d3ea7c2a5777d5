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
 * is a directory, S16 §5.9 and whitepaper N01). Credentials in the URI's user info go as Basic authentication.
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
    public void download(TransferLocation location, Path target) throws FileTransferException {
        String what = "download " + location;
        HttpRequest request = request(location, location.withoutUserInfo()).GET().build();
        // the body goes to the file only for a 2xx: an error page must not become the firmware image
        HttpResponse<Path> response = send(what, location, HttpClient.Redirect.NORMAL, request,
                info -> info.statusCode() / 100 == 2 ? HttpResponse.BodySubscribers.ofFile(target)
                        : HttpResponse.BodySubscribers.replacing(target));
        requireSuccess(what, response.statusCode());
    }

    @Override
    public void upload(Path file, TransferLocation location, String fileName) throws FileTransferException {
        URI target = location.child(fileName);
        String what = "upload " + fileName + " to " + location;
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.ofFile(file);
        } catch (IOException e) {
            throw TransferFailures.failed(Reason.FAILED, what, "cannot read " + file.getFileName(), e);
        }
        HttpRequest request = request(location, target).header("Content-Type", "application/octet-stream")
                .PUT(body).build();
        HttpResponse<Void> response = send(what, location, HttpClient.Redirect.NEVER, request,
                HttpResponse.BodyHandlers.discarding());
        requireSuccess(what, response.statusCode());
    }

    private HttpRequest.Builder request(TransferLocation location, URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeouts.response());
        if (location.user() != null) {
            String credentials = location.user() + ":" + (location.password() == null ? "" : location.password());
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private <T> HttpResponse<T> send(String what, TransferLocation location, HttpClient.Redirect redirects,
                                     HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws FileTransferException {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(timeouts.connect()).followRedirects(redirects);
        if (location.scheme().equals("HTTPS")) {
            try {
                client.sslContext(trust.sslContext());
            } catch (GeneralSecurityException e) {
                throw TransferFailures.failed(Reason.TLS_FAILED, what, "the trusted roots cannot be loaded", e);
            }
        }
        try {
            return client.build().send(request, handler);
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
