package org.stationconfig.firmware;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.auth.Actor;
import org.stationconfig.connection.ConnectionChanged;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.LiveConnection;
import org.stationconfig.connection.Registration;
import org.stationconfig.ocpp.StationRestart;
import org.stationconfig.ocpp.session.OcppThread;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsRejected;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.RemoteControl;
import org.stationconfig.station.transaction.StopReason;

/**
 * The reboot into new firmware, as this service can do it: the station writes its new firmwareVersion (the settings'
 * single write path, as the station itself) and restarts its OCPP side, which connects again as a freshly booted
 * station with a BootNotification carrying that version (S16 §4.2) and raises StartupOfTheDevice. Done when the
 * connection has gone down and come back Accepted; with OCPP switched off there is nothing to wait for. The write and
 * the restart are one task on the OCPP thread, so the reconnect the write sets off cannot dial and boot before the
 * restart replaces it (RELIABILITY.md: the double BootNotification).
 */
@Singleton
class StationReboot implements Reboot {

    private static final Logger LOG = LoggerFactory.getLogger(StationReboot.class);

    /** A reboot in progress: completes at the first Accepted registration after the connection went down. */
    private static final class Watch {
        final CompletableFuture<Void> booted = new CompletableFuture<>();
        volatile boolean wentDown;
    }

    private final SettingChanges changes;
    private final SettingsStore settings;
    private final StationRestart restart;
    private final RemoteControl remote;
    private final ScheduledExecutorService ocppThread;
    private final List<Watch> watches = new CopyOnWriteArrayList<>();

    StationReboot(SettingChanges changes, SettingsStore settings, StationRestart restart, RemoteControl remote,
                  @Named(OcppThread.NAME) ScheduledExecutorService ocppThread) {
        this.changes = changes;
        this.settings = settings;
        this.restart = restart;
        this.remote = remote;
        this.ocppThread = ocppThread;
    }

    @Override
    public CompletableFuture<Void> into(String version) {
        Watch watch = new Watch(); // before the restart, so its events are not missed
        watches.add(watch);
        // none should run (the installation waited for them), but a reboot ends whatever does, with reason Reboot
        remote.stopAll(StopReason.Reboot).orTimeout(10, TimeUnit.SECONDS).join();
        onOcppThread(() -> writeAndRestart(version));
        if (!settings.current().get(Setting.ENABLED)) {
            watch.booted.complete(null);
        }
        return watch.booted.whenComplete((done, failure) -> watches.remove(watch));
    }

    /**
     * On the OCPP thread: the reconnect the write hands it and the restart are queued behind this task in that order,
     * so the reconnect's dial can only end after the restart has replaced it (one boot).
     */
    private void writeAndRestart(String version) {
        try {
            changes.apply(ChangeRequest.fromText(Actor.system(), "firmwareVersion", version));
        } catch (SettingsRejected rejected) { // the installer's version is not a valid firmwareVersion
            LOG.error("Firmware version {} cannot be stored: {}", version, rejected.getMessage());
        }
        restart.restart("rebooting into firmware " + version);
    }

    private void onOcppThread(Runnable step) {
        try {
            ocppThread.submit(step).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebooting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the OCPP thread did not take the reboot within 30 s", e);
        }
    }

    @Override
    public boolean runs(String version) {
        return version.equals(settings.current().get(Setting.FIRMWARE_VERSION));
    }

    @EventListener
    void connectionChanged(ConnectionChanged change) {
        LiveConnection.Reading reading = change.reading();
        boolean online = reading.state() == ConnectionState.CONNECTED && reading.registration() == Registration.ACCEPTED;
        boolean ocppOff = !settings.current().get(Setting.ENABLED);
        for (Watch watch : watches) {
            if (!online) {
                watch.wentDown = true;
            }
            if (watch.wentDown && (online || ocppOff)) {
                watch.booted.complete(null);
            }
        }
    }
}
