package org.stationconfig.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.firmware.FirmwareStatus.DownloadFailed;
import static org.stationconfig.firmware.FirmwareStatus.DownloadScheduled;
import static org.stationconfig.firmware.FirmwareStatus.Downloaded;
import static org.stationconfig.firmware.FirmwareStatus.Downloading;
import static org.stationconfig.firmware.FirmwareStatus.InstallRebooting;
import static org.stationconfig.firmware.FirmwareStatus.InstallScheduled;
import static org.stationconfig.firmware.FirmwareStatus.InstallVerificationFailed;
import static org.stationconfig.firmware.FirmwareStatus.InstallationFailed;
import static org.stationconfig.firmware.FirmwareStatus.Installed;
import static org.stationconfig.firmware.FirmwareStatus.Installing;
import static org.stationconfig.firmware.FirmwareStatus.InvalidSignature;
import static org.stationconfig.firmware.FirmwareStatus.SignatureVerified;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stationconfig.filetransfer.FileTransfer;
import org.stationconfig.filetransfer.FileTransferException;
import org.stationconfig.ocpp.rpc.VirtualScheduler;
import org.stationconfig.securitylog.SecurityEvent;

/**
 * The steps of one update on a virtual clock, with fakes for the download, the installer, the station's connectors,
 * the central system and the reboot: every status in order, retries and their spacing, waiting for the dates and for
 * transactions, cancelling, and continuing after a restart.
 */
class UpdateRunTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final byte[] IMAGE = "firmware image 2.1.0".getBytes(StandardCharsets.US_ASCII);
    private static final String LOCATION = "https://firmware.example.com/station/station-2.1.0.bin";

    @TempDir
    Path images;

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final FirmwareSigner signer = FirmwareSigner.ec();
    private final FakeTransfer transfer = new FakeTransfer();
    private final FakeWindow window = new FakeWindow();
    private final List<FirmwareUpdate> reported = new ArrayList<>();
    private final List<FirmwareUpdate> saved = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<String> rebootedInto = new ArrayList<>();
    private CompletableFuture<Void> booted = new CompletableFuture<>();
    private InstallOutcome installOutcome = new InstallOutcome.Installed("2.1.0");
    private final List<String> installed = new ArrayList<>();

    @Test
    void aSignedUpdateGoesThroughEveryStatusWithItsRequestIdAndRebootsIntoTheNewVersion() {
        UpdateRun run = run(signed(START.plusSeconds(60), START.plusSeconds(120)));
        run.start();
        assertEquals(List.of(DownloadScheduled), statuses());
        scheduler.advance(Duration.ofSeconds(59));
        assertEquals(0, transfer.calls, "not before retrieveDateTime");
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(List.of(DownloadScheduled, Downloading, Downloaded, SignatureVerified, InstallScheduled), statuses());
        assertEquals(List.of(), window.closedCalls, "the station keeps charging until installDateTime");

        scheduler.advance(Duration.ofSeconds(60));
        assertEquals(List.of("station-2.1.0.bin"), installed);
        assertEquals(List.of("2.1.0"), rebootedInto);
        assertEquals(InstallRebooting, last(), "Installed only after the new boot");
        booted.complete(null);

        assertEquals(List.of(DownloadScheduled, Downloading, Downloaded, SignatureVerified, InstallScheduled, Installing,
                InstallRebooting, Installed), statuses());
        assertTrue(reported.stream().allMatch(update -> Integer.valueOf(7).equals(update.requestId())));
        assertEquals(List.of("FirmwareUpdated"), events);
        assertEquals(List.of(List.of(1, 2)), window.reopened, "the connectors are back in service");
        assertEquals("2.1.0", run.update().installedVersion());
        assertTrue(run.update().finished() && run.update().reported());
        assertFalse(Files.exists(images.resolve("firmware-" + START.toEpochMilli() + ".img")), "the image is removed");
    }

    @Test
    void aFailedDownloadIsTriedRetriesMoreTimesRetryIntervalApartThenDownloadFailed() {
        transfer.failures(3);
        UpdateRun run = run(signed(START, null));
        run.start();
        assertEquals(1, transfer.calls);
        scheduler.advance(Duration.ofSeconds(29));
        assertEquals(1, transfer.calls, "the retry interval is 30 s");
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(2, transfer.calls);
        scheduler.advance(Duration.ofSeconds(30));
        assertEquals(3, transfer.calls, "retries 2: three downloads in all");
        scheduler.advance(Duration.ofMinutes(10));
        assertEquals(3, transfer.calls);
        assertEquals(List.of(Downloading, DownloadFailed), statuses(), "Downloading once, then the verdict");
        assertEquals(3, run.update().attempts());
        assertEquals(List.of(), window.closedCalls);
        assertEquals(List.of(), rebootedInto);
    }

    @Test
    void aDownloadThatWorksOnARetryGoesOn() {
        transfer.failures(1);
        UpdateRun run = run(signed(START, null));
        run.start();
        scheduler.advance(Duration.ofSeconds(30));
        assertEquals(List.of(Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting), statuses());
    }

    @Test
    void anImageWhoseSignatureDoesNotVerifyIsNeverInstalled() {
        FirmwareRequest request = new FirmwareRequest(true, 8, LOCATION, START, null, 0, 30,
                signer.signing().pem(), signer.sign("another image".getBytes(StandardCharsets.US_ASCII)));
        UpdateRun run = run(request);
        run.start();
        assertEquals(List.of(Downloading, Downloaded, InvalidSignature), statuses());
        assertEquals(List.of("InvalidFirmwareSignature"), events);
        assertEquals(List.of(), installed);
        assertEquals(List.of(), window.closedCalls);
    }

    @Test
    void theInstallationWaitsUntilNoTransactionRuns() {
        window.idle = new CompletableFuture<>();
        UpdateRun run = run(signed(START, null));
        run.start();
        assertEquals(List.of(Downloading, Downloaded, SignatureVerified), statuses());
        assertEquals(1, window.closedCalls.size(), "idle connectors go out of service at once");
        assertEquals(List.of(), installed, "a transaction still runs");
        assertEquals("1,2", run.update().closedConnectors(), "remembered, to be given back");
        window.idle.complete(null);
        assertEquals(List.of("station-2.1.0.bin"), installed);
        assertEquals(Installing, statuses().get(3));
    }

    @Test
    void aFailedInstallationGivesTheConnectorsBackAndDoesNotReboot() {
        installOutcome = new InstallOutcome.Failed("flash write error");
        run(signed(START, null)).start();
        assertEquals(List.of(Downloading, Downloaded, SignatureVerified, Installing, InstallationFailed), statuses());
        assertEquals(List.of(List.of(1, 2)), window.reopened);
        assertEquals(List.of(), rebootedInto);
        assertEquals(List.of(), events);

        reported.clear();
        installOutcome = new InstallOutcome.VerificationFailed("not for this hardware");
        run(signed(START, null)).start();
        assertEquals(InstallVerificationFailed, last());
    }

    @Test
    void aCancelledUpdateStopsWaitingAndGivesTheConnectorsBack() {
        UpdateRun scheduled = run(signed(START.plusSeconds(60), null));
        scheduled.start();
        scheduled.cancel();
        int savedBefore = saved.size();
        scheduler.advance(Duration.ofMinutes(5));
        assertEquals(0, transfer.calls, "the scheduled download never happens");
        assertEquals(savedBefore, saved.size(), "the row belongs to the newer update");

        window.idle = new CompletableFuture<>();
        UpdateRun waiting = run(signed(START, null));
        waiting.start();
        waiting.cancel();
        assertEquals(List.of(1, 2), window.reopened.get(window.reopened.size() - 1));
        window.idle.complete(null);
        assertEquals(List.of(), installed, "the transaction ended after the cancel: nothing is installed");
    }

    @Test
    void afterARestartWhileRebootingTheUpdateIsInstalled() {
        rebootedInto.add("2.1.0"); // the station came up with the new version
        FirmwareUpdate rebooting = FirmwareUpdate.requested(signed(START, null), START)
                .withInstalledVersion("2.1.0", START).withClosedConnectors(List.of(2), START)
                .withStatus(InstallRebooting, START).withReported();
        run(rebooting).resume();
        assertEquals(List.of(Installed), statuses());
        assertEquals(List.of("2.1.0"), rebootedInto, "no second reboot");
        assertEquals(List.of("FirmwareUpdated"), events);
        assertEquals(List.of(List.of(2)), window.reopened);
    }

    @Test
    void afterARestartJustBeforeTheRebootTheStationStillBootsIntoTheNewVersion() {
        FirmwareUpdate rebooting = FirmwareUpdate.requested(signed(START, null), START)
                .withInstalledVersion("2.1.0", START).withStatus(InstallRebooting, START);
        run(rebooting).resume();
        assertEquals(List.of("2.1.0"), rebootedInto);
        assertEquals(List.of(InstallRebooting), statuses(), "reported again: it had not reached the central system");
        booted.complete(null);
        assertEquals(List.of(InstallRebooting, Installed), statuses());
    }

    @Test
    void afterARestartAnInterruptedInstallationHasFailedAndAnUnreportedStatusIsReportedFirst() {
        FirmwareUpdate installing = FirmwareUpdate.requested(signed(START, null), START)
                .withClosedConnectors(List.of(1, 2), START).withStatus(Installing, START);
        run(installing).resume();
        assertEquals(List.of(Installing, InstallationFailed), statuses(), "Installing had not reached the central system");
        assertEquals(List.of(List.of(1, 2)), window.reopened);
    }

    @Test
    void theHashOfTheDownloadedImageIsStoredWithTheUpdate() {
        UpdateRun run = run(signed(START, START.plusSeconds(60)));
        run.start();
        assertEquals(ImageHash.of(images.resolve(UpdateRun.imageName(run.update()))), run.update().imageSha256());
    }

    @Test
    void anImageDamagedWhileTheStationWasOffIsNotInstalledAfterARestart() throws IOException {
        FirmwareUpdate scheduled = FirmwareUpdate.requested(signed(START, START.plusSeconds(60)), START)
                .withImageSha256(sha256(IMAGE), START).withStatus(InstallScheduled, START).withReported();
        Path image = images.resolve(UpdateRun.imageName(scheduled));
        byte[] damaged = IMAGE.clone();
        damaged[3] ^= 0x01; // one flipped bit, as a bad block or a torn write leaves it
        Files.write(image, damaged);

        run(scheduled).resume();
        scheduler.advance(Duration.ofSeconds(60));

        assertEquals(List.of(InstallVerificationFailed), statuses());
        assertEquals(List.of(), installed, "nothing is installed");
        assertEquals(List.of(), rebootedInto);
        assertFalse(Files.exists(image), "the damaged image is removed");
        assertEquals(List.of(List.of(1, 2)), window.reopened, "the connectors are back in service");
    }

    @Test
    void anIntactImageIsInstalledAfterARestart() throws IOException {
        FirmwareUpdate scheduled = FirmwareUpdate.requested(signed(START, START.plusSeconds(60)), START)
                .withImageSha256(sha256(IMAGE), START).withStatus(InstallScheduled, START).withReported();
        Files.write(images.resolve(UpdateRun.imageName(scheduled)), IMAGE);

        run(scheduled).resume();
        scheduler.advance(Duration.ofSeconds(60));

        assertEquals(List.of("station-2.1.0.bin"), installed);
        assertEquals(List.of(Installing, InstallRebooting), statuses());
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Test
    void afterARestartAnInterruptedDownloadStartsOverWithTheAttemptsItHasLeft() {
        transfer.failures(5);
        FirmwareUpdate downloading = FirmwareUpdate.requested(signed(START, null), START)
                .withStatus(Downloading, START).withReported().withAttempts(2, START);
        run(downloading).resume();
        assertEquals(1, transfer.calls, "retries 2: the third and last attempt");
        assertEquals(List.of(DownloadFailed), statuses(), "Downloading is not reported twice");
    }

    @Test
    void afterARestartBeforeRetrieveDateTimeTheDownloadStaysScheduled() {
        FirmwareUpdate scheduled = FirmwareUpdate.requested(signed(START.plusSeconds(90), null), START)
                .withStatus(DownloadScheduled, START).withReported();
        run(scheduled).resume();
        scheduler.advance(Duration.ofSeconds(89));
        assertEquals(0, transfer.calls);
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(1, transfer.calls);
    }

    private FirmwareRequest signed(Instant retrieveAt, Instant installAt) {
        return new FirmwareRequest(true, 7, LOCATION, retrieveAt, installAt, 2, 30, signer.signing().pem(),
                signer.sign(IMAGE));
    }

    private UpdateRun run(FirmwareRequest request) {
        return run(FirmwareUpdate.requested(request, START));
    }

    private UpdateRun run(FirmwareUpdate update) {
        RunContext context = new RunContext(Runnable::run, scheduler, Runnable::run,
                () -> START.plus(scheduler.now()), transfer, (image, fileName) -> {
                    installed.add(fileName);
                    return installOutcome;
                }, window, (changed, delivered) -> {
                    reported.add(changed);
                    delivered.run();
                    return CompletableFuture.completedFuture(null);
                }, saved::add, new Reboot() {
                    @Override
                    public CompletableFuture<Void> into(String version) {
                        rebootedInto.add(version);
                        return booted;
                    }

                    @Override
                    public boolean runs(String version) {
                        return rebootedInto.contains(version);
                    }
                }, (SecurityEvent event, String techInfo) -> events.add(event.name()), images);
        return new UpdateRun(context, update);
    }

    private List<FirmwareStatus> statuses() {
        return reported.stream().map(FirmwareUpdate::status).toList();
    }

    private FirmwareStatus last() {
        return reported.get(reported.size() - 1).status();
    }

    /** Writes the image, or fails the next downloads as a server that is down would. */
    private static final class FakeTransfer implements FileTransfer {
        int calls;
        private final Deque<Boolean> failures = new ArrayDeque<>();

        void failures(int count) {
            for (int i = 0; i < count; i++) {
                failures.add(true);
            }
        }

        @Override
        public Set<String> protocols() {
            return Set.of("HTTPS");
        }

        @Override
        public void download(URI location, Path target) throws FileTransferException {
            calls++;
            if (failures.poll() != null) {
                throw new FileTransferException("HTTP 503 from " + location.getHost());
            }
            try {
                Files.write(target, IMAGE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void upload(Path file, URI location, String fileName) {
            throw new UnsupportedOperationException();
        }
    }

    /** Two connectors; transactions end when the test says so. */
    private static final class FakeWindow implements InstallWindow {
        final List<List<Integer>> closedCalls = new ArrayList<>();
        final List<List<Integer>> reopened = new ArrayList<>();
        CompletableFuture<Void> idle = CompletableFuture.completedFuture(null);

        @Override
        public List<Integer> closeConnectors() {
            closedCalls.add(List.of(1, 2));
            return List.of(1, 2);
        }

        @Override
        public CompletableFuture<Void> noTransactionRunning() {
            return idle;
        }

        @Override
        public void reopen(List<Integer> connectorIds) {
            reopened.add(List.copyOf(connectorIds));
        }
    }
}
