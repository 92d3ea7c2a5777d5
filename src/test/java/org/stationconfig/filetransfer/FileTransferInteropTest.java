package org.stationconfig.filetransfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stationconfig.filetransfer.FileTransferException.Reason;

/**
 * Servers the station meets in the field (issue 13.1): one that answers an HTTP/2 upgrade request with 400 (Node),
 * redirects to another origin (the credentials stay behind), an FTP server that names another address in its PASV
 * reply (NAT), and a server that sends more than the download cap.
 */
class FileTransferInteropTest {

    private static final TransferTimeouts QUICK = new TransferTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(20));

    @TempDir
    Path local;
    private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();
    private DownloadLimit limit = DownloadLimit.NONE;
    private FileTransfer transfer;
    private Path logFile;

    @BeforeEach
    void station() throws IOException {
        transfer = new StationFileTransfer(new TransferTrust(List::of), QUICK, () -> limit.next());
        logFile = Files.writeString(local.resolve("diagnostics.log"), "2026-01-01T00:00:00.000Z INFO started\n");
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
    void aServerThatRefusesProtocolUpgradesGetsPlainHttp11ForDownloadAndUpload() throws Exception {
        HttpTestServer node = started(HttpTestServer.http()); // answers Upgrade with 400, as Node does
        Files.writeString(node.root().resolve("station-2.1.0.bin"), "image");

        Path image = local.resolve("image.bin");
        transfer.download(URI.create(node.url("station-2.1.0.bin")), image);
        transfer.upload(logFile, URI.create(node.url("diagnostics")), "cp1-diagnostics.log");
        transfer.upload(logFile, URI.create(node.url("logs")), "cp1-security.log");

        assertEquals("image", Files.readString(image));
        assertEquals(-1, Files.mismatch(logFile, node.root().resolve("diagnostics/cp1-diagnostics.log")));
        assertEquals(-1, Files.mismatch(logFile, node.root().resolve("logs/cp1-security.log")));
        assertEquals(0, node.upgradeRequests(), "no request asked for h2c");
    }

    @Test
    void aRedirectToAnotherOriginNeverCarriesTheCredentials() throws Exception {
        HttpTestServer mirror = started(HttpTestServer.http());
        HttpTestServer origin = started(HttpTestServer.http().requireCredentials());
        Files.writeString(mirror.root().resolve("fw.bin"), "mirrored image");
        origin.redirect("/fw.bin", mirror.url("fw.bin"), 302);

        Path image = local.resolve("fw.bin");
        transfer.download(URI.create(origin.urlWithCredentials("fw.bin")), image);

        assertEquals("mirrored image", Files.readString(image));
        assertEquals(HttpTestServer.USER, origin.requests().get(0).user(), "the origin gets its credentials");
        assertEquals(List.of(new HttpTestServer.Request("GET", "/fw.bin", null)), mirror.requests(),
                "the other origin gets no Authorization header");
    }

    @Test
    void aRedirectWithinTheOriginKeepsTheCredentialsAndAnUploadFollowsOnlyMethodKeepingRedirects() throws Exception {
        HttpTestServer origin = started(HttpTestServer.http().requireCredentials());
        Files.writeString(origin.root().resolve("v2.bin"), "image");
        origin.redirect("/latest.bin", "/v2.bin", 301);

        transfer.download(URI.create(origin.urlWithCredentials("latest.bin")), local.resolve("v.bin"));
        assertEquals("image", Files.readString(local.resolve("v.bin")));
        assertTrue(origin.requests().stream().allMatch(request -> HttpTestServer.USER.equals(request.user())));

        HttpTestServer other = started(HttpTestServer.http());
        origin.redirect("/up/x.log", other.url("up/x.log"), 307);
        transfer.upload(logFile, URI.create(origin.urlWithCredentials("up")), "x.log");
        assertEquals(-1, Files.mismatch(logFile, other.root().resolve("up/x.log")));
        assertEquals(List.of(new HttpTestServer.Request("PUT", "/up/x.log", null)), other.requests());
    }

    @Test
    void aRedirectFromHttpsDownToHttpIsRefused() throws Exception {
        ServerTls tls = ServerTls.issued("Files");
        HttpTestServer plain = started(HttpTestServer.http());
        HttpTestServer secure = started(HttpTestServer.https(tls));
        transfer = new StationFileTransfer(new TransferTrust(() -> List.of(tls.ca().certificate())), QUICK,
                DownloadLimit.NONE);
        Files.writeString(plain.root().resolve("fw.bin"), "image");
        secure.redirect("/fw.bin", plain.url("fw.bin"), 302);

        FileTransferException refused = assertThrows(FileTransferException.class,
                () -> transfer.download(URI.create(secure.urlWithCredentials("fw.bin")), local.resolve("fw.bin")));

        assertTrue(refused.getMessage().contains("from https to plain http"), refused.getMessage());
        assertEquals(List.of(), plain.requests());
    }

    @Test
    void ftpPassiveDataGoesToTheControlConnectionsHostWhateverAddressPasvNames() throws Exception {
        FtpTestServer ftp = started(FtpTestServer.announcing("127.0.0.2")); // loopback, where nothing listens
        byte[] firmware = new byte[200_000];
        new Random(3).nextBytes(firmware);
        Files.write(ftp.folder("fw").resolve("image.bin"), firmware);
        String trustPasv = "org.apache.commons.net.ftp.ipAddressFromPasvResponse";
        System.setProperty(trustPasv, "true"); // a JVM configured to trust the reply must not change the station's choice
        try {
            transfer.upload(logFile, URI.create(ftp.url("")), "security.log");
            transfer.download(URI.create(ftp.url("fw/image.bin")), local.resolve("image.bin"));
        } finally {
            System.clearProperty(trustPasv);
        }

        assertEquals(-1, Files.mismatch(logFile, ftp.root().resolve("security.log")));
        assertEquals(-1, Files.mismatch(ftp.root().resolve("fw/image.bin"), local.resolve("image.bin")));
    }

    @Test
    void aDownloadLargerThanTheCapIsStoppedOverHttpAndFtp() throws Exception {
        limit = () -> new DownloadLimit.Budget(100_000, "the maxDownloadSize cap of 0.1 MB");
        byte[] tooLarge = new byte[300_000];
        HttpTestServer http = started(HttpTestServer.http());
        Files.write(http.root().resolve("big.bin"), tooLarge);
        FtpTestServer ftp = started(FtpTestServer.plain());
        Files.write(ftp.root().resolve("big.bin"), tooLarge);

        for (String location : List.of(http.url("big.bin"), ftp.url("big.bin"))) {
            FileTransferException failure = assertThrows(FileTransferException.class,
                    () -> transfer.download(URI.create(location), local.resolve("big.bin")));
            assertEquals(Reason.TOO_LARGE, failure.reason(), failure.getMessage());
            assertTrue(failure.getMessage().contains("larger than the maxDownloadSize cap of 0.1 MB"),
                    failure.getMessage());
            assertTrue(Files.size(local.resolve("big.bin")) <= 100_000, "nothing written past the cap");
        }
    }

    @Test
    void aDownloadWithinTheCapIsWrittenOwnerOnly() throws Exception {
        limit = () -> new DownloadLimit.Budget(100_000, "the cap");
        HttpTestServer http = started(HttpTestServer.http());
        Files.write(http.root().resolve("small.bin"), new byte[100_000]);

        transfer.download(URI.create(http.url("small.bin")), local.resolve("small.bin"));

        assertEquals(100_000, Files.size(local.resolve("small.bin")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                local.resolve("small.bin"))));
    }

    @Test
    void noDownloadStartsWhenTheLimitRefusesIt() throws Exception {
        limit = () -> {
            throw new FileTransferException(Reason.NO_SPACE, "the station's storage is nearly full");
        };
        HttpTestServer http = started(HttpTestServer.http());
        Files.writeString(http.root().resolve("fw.bin"), "image");

        FileTransferException refused = assertThrows(FileTransferException.class,
                () -> transfer.download(URI.create(http.url("fw.bin")), local.resolve("fw.bin")));

        assertEquals(Reason.NO_SPACE, refused.reason());
        assertTrue(refused.getMessage().contains("storage is nearly full"), refused.getMessage());
        assertEquals(List.of(), http.requests(), "the server is not even asked");
        assertFalse(Files.exists(local.resolve("fw.bin")));
    }
}
