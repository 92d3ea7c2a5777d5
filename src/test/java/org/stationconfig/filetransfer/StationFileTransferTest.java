package org.stationconfig.filetransfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stationconfig.filetransfer.FileTransferException.Reason;

/**
 * Every protocol both ways against real servers on loopback (Apache FtpServer, the JDK's HTTP server), and the
 * failures an operator must be able to tell apart.
 */
class StationFileTransferTest {

    private static final TransferTimeouts QUICK = new TransferTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(20));

    @TempDir
    Path local;
    private final List<X509Certificate> stationRoots = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();
    private FileTransfer transfer;
    private Path logFile;

    @BeforeEach
    void station() throws IOException {
        transfer = new StationFileTransfer(new TransferTrust(() -> List.copyOf(stationRoots)), QUICK,
                DownloadLimit.NONE);
        logFile = Files.writeString(local.resolve("station.log"), "2026-01-01T00:00:00.000Z INFO started\n".repeat(5000));
    }

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private <T extends AutoCloseable> T started(T server) {
        servers.add(server);
        return server;
    }

    @Test
    void listsExactlyTheProtocolsItImplements() {
        assertEquals(Set.of("FTP", "FTPS", "HTTP", "HTTPS"), transfer.protocols());
    }

    @Test
    void ftpUploadsIntoTheDirectoryAndDownloadsBack() throws Exception {
        FtpTestServer ftp = started(FtpTestServer.plain());
        ftp.folder("logs/cp1");

        transfer.upload(logFile, URI.create(ftp.url("logs/cp1")), "diagnostics.log");

        Path arrived = ftp.root().resolve("logs/cp1/diagnostics.log");
        assertEquals(-1, Files.mismatch(logFile, arrived), "the file arrives byte for byte");
        Path back = local.resolve("back.log");
        transfer.download(URI.create(ftp.url("logs/cp1/diagnostics.log")), back);
        assertEquals(-1, Files.mismatch(logFile, back));
    }

    @Test
    void ftpsWithExplicitTlsTrustsTheStationsCentralSystemRoot() throws Exception {
        ServerTls tls = ServerTls.issued("Files");
        FtpTestServer ftps = started(FtpTestServer.explicitTls(tls));
        stationRoots.add(tls.ca().certificate());
        byte[] firmware = new byte[300_000];
        new java.util.Random(7).nextBytes(firmware);
        Files.write(ftps.folder("fw").resolve("image.bin"), firmware);

        transfer.upload(logFile, URI.create(ftps.url("")), "security.log");
        Path image = local.resolve("image.bin");
        transfer.download(URI.create(ftps.url("fw/image.bin")), image);

        assertEquals(-1, Files.mismatch(logFile, ftps.root().resolve("security.log")));
        assertTrue(java.util.Arrays.equals(firmware, Files.readAllBytes(image)), "binary mode: no byte altered");
    }

    @Test
    void ftpsRefusesAServerCertificateNoRootVouchesFor() {
        FtpTestServer ftps = started(FtpTestServer.explicitTls(ServerTls.issued("Unknown")));

        FileTransferException failure = assertThrows(FileTransferException.class,
                () -> transfer.upload(logFile, URI.create(ftps.url("")), "x.log"));

        assertEquals(Reason.TLS_FAILED, failure.reason(), failure.getMessage());
        assertFalse(Files.exists(ftps.root().resolve("x.log")));
    }

    @Test
    void ftpWrongPasswordIsPermissionDeniedAndTheMessageNeverShowsIt() {
        FtpTestServer ftp = started(FtpTestServer.plain());
        String password = "Wrong-Pass-99";

        FileTransferException failure = assertThrows(FileTransferException.class,
                () -> transfer.upload(logFile, URI.create(ftp.url(FtpTestServer.USER, password, "")), "x.log"));

        assertEquals(Reason.PERMISSION_DENIED, failure.reason());
        assertTrue(failure.getMessage().contains("refused the login"), failure.getMessage());
        assertFalse(failure.getMessage().contains(password), failure.getMessage());
        assertTrue(failure.getMessage().contains("ftp://***@127.0.0.1:" + ftp.port()), failure.getMessage());
    }

    @Test
    void ftpMissingDirectoryOrFileIsNotFound() {
        FtpTestServer ftp = started(FtpTestServer.plain());

        FileTransferException upload = assertThrows(FileTransferException.class,
                () -> transfer.upload(logFile, URI.create(ftp.url("no/such/dir")), "x.log"));
        FileTransferException download = assertThrows(FileTransferException.class,
                () -> transfer.download(URI.create(ftp.url("missing.bin")), local.resolve("m.bin")));

        assertEquals(Reason.NOT_FOUND, upload.reason(), upload.getMessage());
        assertTrue(upload.getMessage().contains("no directory /no"), upload.getMessage());
        assertEquals(Reason.NOT_FOUND, download.reason(), download.getMessage());
    }

    @Test
    void httpPutsIntoTheDirectoryWithBasicCredentialsFromTheUri() throws Exception {
        HttpTestServer http = started(HttpTestServer.http().requireCredentials());

        transfer.upload(logFile, URI.create(http.urlWithCredentials("upload/cp1")), "diagnostics.log");

        assertEquals(-1, Files.mismatch(logFile, http.root().resolve("upload/cp1/diagnostics.log")));
        assertEquals(List.of(new HttpTestServer.Request("PUT", "/upload/cp1/diagnostics.log", HttpTestServer.USER)),
                http.requests());
    }

    @Test
    void httpDirectoryWithTrailingSlashGetsNoDoubleSlash() throws Exception {
        HttpTestServer http = started(HttpTestServer.http());

        transfer.upload(logFile, URI.create(http.url("upload/")), "a.log");

        assertEquals("/upload/a.log", http.requests().get(0).path());
    }

    @Test
    void httpDownloadsAndTellsMissingFromForbiddenFromUnauthorised() throws Exception {
        HttpTestServer http = started(HttpTestServer.http());
        Files.writeString(http.root().resolve("fw.bin"), "image");
        Path target = local.resolve("fw.bin");

        transfer.download(URI.create(http.url("fw.bin")), target);
        assertEquals("image", Files.readString(target));

        assertEquals(Reason.NOT_FOUND, assertThrows(FileTransferException.class,
                () -> transfer.download(URI.create(http.url("other.bin")), local.resolve("o.bin"))).reason());
        http.requireCredentials();
        FileTransferException unauthorised = assertThrows(FileTransferException.class,
                () -> transfer.download(URI.create(http.url("fw.bin")), local.resolve("u.bin")));
        assertEquals(Reason.PERMISSION_DENIED, unauthorised.reason());
        assertTrue(unauthorised.getMessage().contains("HTTP 401"), unauthorised.getMessage());
        assertFalse(Files.exists(local.resolve("u.bin")), "an error page never becomes the downloaded file");
        http.answerEverything(403);
        assertEquals(Reason.PERMISSION_DENIED, assertThrows(FileTransferException.class,
                () -> transfer.upload(logFile, URI.create(http.urlWithCredentials("up")), "x.log")).reason());
        http.answerEverything(500);
        FileTransferException serverError = assertThrows(FileTransferException.class,
                () -> transfer.upload(logFile, URI.create(http.url("up")), "x.log"));
        assertEquals(Reason.FAILED, serverError.reason());
        assertTrue(serverError.getMessage().contains("HTTP 500"), serverError.getMessage());
    }

    @Test
    void httpsTrustsTheStationsRootAndRefusesAnUnknownCertificate() throws Exception {
        ServerTls tls = ServerTls.issued("Logs");
        HttpTestServer https = started(HttpTestServer.https(tls));

        FileTransferException untrusted = assertThrows(FileTransferException.class,
                () -> transfer.upload(logFile, URI.create(https.url("up")), "x.log"));
        assertEquals(Reason.TLS_FAILED, untrusted.reason(), untrusted.getMessage());

        stationRoots.add(tls.ca().certificate()); // installed as CentralSystemRootCertificate: the next transfer uses it
        transfer.upload(logFile, URI.create(https.url("up")), "x.log");
        assertEquals(-1, Files.mismatch(logFile, https.root().resolve("up/x.log")));
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        for (String scheme : List.of("http", "ftp")) {
            FileTransferException failure = assertThrows(FileTransferException.class, () -> transfer.upload(logFile,
                    URI.create(scheme + "://127.0.0.1:" + port + "/dir"), "x.log"));
            assertEquals(Reason.UNREACHABLE, failure.reason(), failure.getMessage());
            assertTrue(failure.getMessage().contains("127.0.0.1:" + port + " refused"), failure.getMessage());
        }
    }

    @Test
    void anUnknownSchemeIsNamedWithWhatWorks() {
        FileTransferException failure = assertThrows(FileTransferException.class,
                () -> transfer.upload(logFile, URI.create("sftp://user:pw@127.0.0.1/dir"), "x.log"));

        assertEquals(Reason.UNSUPPORTED_SCHEME, failure.reason());
        assertEquals("Could not upload x.log to sftp://***@127.0.0.1/dir: the station cannot transfer files over SFTP "
                + "(it can over FTP, FTPS, HTTP, HTTPS)", failure.getMessage());
    }

    @Test
    void anUnknownHostIsNamed() throws Exception {
        TransferLocation location = TransferLocation.of(URI.create("ftp://files.example/dir"));
        FileTransferException failure = TransferFailures.classify("upload x.log to " + location, location,
                new java.net.UnknownHostException("files.example"));

        assertEquals(Reason.HOST_NOT_FOUND, failure.reason());
        assertEquals("Could not upload x.log to ftp://files.example/dir: host files.example not found",
                failure.getMessage());
    }
}
