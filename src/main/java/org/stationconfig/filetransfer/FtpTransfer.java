package org.stationconfig.filetransfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;
import org.stationconfig.filetransfer.FileTransferException.Reason;

/**
 * FTP and FTPS (explicit TLS: AUTH TLS on the control connection, PROT P for the data) with Apache Commons Net;
 * passive mode (data connections to the control connection's host), binary. The URI's path is taken relative to
 * the login directory, segment by segment (RFC 1738 §3.2.2). No command listener is attached, so the PASS command is never printed anywhere.
 */
final class FtpTransfer implements TransferProtocol {

    private static final int DEFAULT_PORT = 21;
    private static final int BLOCK = 64 * 1024;

    private final TransferTrust trust;
    private final TransferTimeouts timeouts;

    FtpTransfer(TransferTrust trust, TransferTimeouts timeouts) {
        this.trust = trust;
        this.timeouts = timeouts;
    }

    @Override
    public Set<String> schemes() {
        return Set.of("FTP", "FTPS");
    }

    @Override
    public void download(TransferLocation location, Path target, DownloadLimit.Budget budget)
            throws FileTransferException {
        String what = "download " + location;
        List<String> segments = segments(location.path());
        if (segments.isEmpty() || location.path().endsWith("/")) {
            throw TransferFailures.failed(Reason.BAD_LOCATION, what, "the location names no file", null);
        }
        String file = segments.get(segments.size() - 1);
        session(location, what, client -> {
            enter(client, what, segments.subList(0, segments.size() - 1));
            try (InputStream in = client.retrieveFileStream(file)) {
                if (in == null) {
                    throw refused(client, what, Reason.NOT_FOUND, "the server has no file " + location.path());
                }
                DownloadedFile.copy(in, target, budget);
            }
            finish(client, what);
        });
    }

    @Override
    public void upload(Path file, TransferLocation location, String fileName) throws FileTransferException {
        String what = "upload " + fileName + " to " + location;
        session(location, what, client -> {
            enter(client, what, segments(location.path()));
            try (InputStream in = Files.newInputStream(file); OutputStream out = client.storeFileStream(fileName)) {
                if (out == null) {
                    int code = client.getReplyCode();
                    boolean denied = code == 530 || code == 532 || code == 550 || code == 553;
                    throw refused(client, what, denied ? Reason.PERMISSION_DENIED : Reason.FAILED,
                            "the server refused to store the file");
                }
                copy(in, out);
            }
            finish(client, what);
        });
    }

    private interface Work {
        void run(FTPClient client) throws IOException, FileTransferException;
    }

    private void session(TransferLocation location, String what, Work work) throws FileTransferException {
        FTPClient client = location.scheme().equals("FTPS") ? tlsClient(what) : new FTPClient();
        client.setConnectTimeout(millis(timeouts.connect()));
        client.setDefaultTimeout(millis(timeouts.idle()));
        client.setDataTimeout(timeouts.idle());
        try {
            client.connect(location.host(), location.port(DEFAULT_PORT));
            if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
                throw refused(client, what, Reason.UNREACHABLE, "the server refused the connection");
            }
            if (client instanceof FTPSClient tls) {
                tls.execPBSZ(0);
                tls.execPROT("P"); // the data connection is encrypted too
            }
            String user = location.user() == null ? "anonymous" : location.user();
            String password = location.password() == null ? "station@" : location.password();
            if (!client.login(user, password)) {
                throw refused(client, what, Reason.PERMISSION_DENIED, "the server refused the login");
            }
            client.enterLocalPassiveMode();
            // data connections go to the control connection's host, whatever address PASV names: a server behind
            // NAT names its private one, and a hostile one could aim the station elsewhere (CVE-2021-37533). The
            // library's default, but a JVM property can turn it off, so it is set here.
            client.setIpAddressFromPasvResponse(false);
            if (!client.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw refused(client, what, Reason.FAILED, "the server refused binary mode");
            }
            work.run(client);
            client.logout();
        } catch (IOException e) {
            throw TransferFailures.classify(what, location, e);
        } finally {
            if (client.isConnected()) {
                try {
                    client.disconnect();
                } catch (IOException ignored) {
                    // the transfer's outcome is already decided; a failing close changes nothing
                }
            }
        }
    }

    private FTPSClient tlsClient(String what) throws FileTransferException {
        try {
            FTPSClient client = new FTPSClient(false, trust.sslContext());
            client.setEndpointCheckingEnabled(true); // the certificate must name the host, as for HTTPS
            return client;
        } catch (GeneralSecurityException e) {
            throw TransferFailures.failed(Reason.TLS_FAILED, what, "the trusted roots cannot be loaded", e);
        }
    }

    private static void enter(FTPClient client, String what, List<String> directories)
            throws IOException, FileTransferException {
        StringBuilder path = new StringBuilder();
        for (String directory : directories) {
            path.append('/').append(directory);
            if (!client.changeWorkingDirectory(directory)) {
                int code = client.getReplyCode();
                throw refused(client, what, code == 530 || code == 532 ? Reason.PERMISSION_DENIED : Reason.NOT_FOUND,
                        "the server has no directory " + path);
            }
        }
    }

    private static void finish(FTPClient client, String what) throws IOException, FileTransferException {
        if (!client.completePendingCommand()) {
            throw refused(client, what, Reason.FAILED, "the server did not confirm the transfer");
        }
    }

    /** Copies block by block so that cancelling the worker thread (interrupt) ends the transfer. */
    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] block = new byte[BLOCK];
        for (int read = in.read(block); read >= 0; read = in.read(block)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("cancelled");
            }
            out.write(block, 0, read);
        }
    }

    private static FileTransferException refused(FTPClient client, String what, Reason reason, String why) {
        String reply = client.getReplyString() == null ? "" : client.getReplyString().strip();
        return TransferFailures.failed(reason, what, why + (reply.isEmpty() ? "" : " (" + reply + ")"), null);
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    private static int millis(java.time.Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}
