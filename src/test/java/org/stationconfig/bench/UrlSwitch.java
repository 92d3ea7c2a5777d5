package org.stationconfig.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.connection.Registration;

/**
 * Time from a change of {@code centralSystemUrl} (the write path a PATCH ends in) to Accepted on the new URL: close
 * the old link, dial the new one, send a BootNotification (a new endpoint needs one, J16 §5.4), end the trial. The
 * station switches back and forth between two sites of the loopback central system.
 */
final class UrlSwitch {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 30;
    private static final String[] SITES = {"b", "a"};

    private final BenchStation station;
    private final LoopbackPeer peer;
    private final AcceptanceSignal acceptance;

    UrlSwitch(BenchStation station) {
        this.station = station;
        this.peer = station.bean(LoopbackPeer.class);
        this.acceptance = station.bean(AcceptanceSignal.class);
    }

    /** Starts from a station Accepted at site "a". */
    Samples measure() {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            double taken = switchTo(SITES[i % SITES.length]);
            if (i >= WARM_UP) {
                millis.add(taken);
            }
        }
        return new Samples("centralSystemUrl change → Accepted on the new URL", "ms", millis);
    }

    private double switchTo(String site) {
        int bootsBefore = peer.bootsAccepted(site);
        // the status still reads Accepted (for the old URL) until the OCPP thread has taken up the change
        CompletableFuture<Long> accepted = acceptance.next(() -> peer.bootsAccepted(site) > bootsBefore);
        long start = System.nanoTime();
        station.change(Map.of("centralSystemUrl", station.centralSystemUrl(site)));
        long end;
        try {
            end = accepted.get(BenchStation.WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the station did not reach Accepted at " + site + ": " + station.status(), e);
        }
        ConnectionStatus status = station.status();
        String expectedUrl = station.centralSystemUrl(site) + "/" + BenchStation.CHARGE_POINT_ID;
        if (status.registration() != Registration.ACCEPTED || !expectedUrl.equals(status.effectiveUrl())) {
            throw new IllegalStateException("expected Accepted at " + expectedUrl + ", status is " + status);
        }
        return (end - start) / 1e6;
    }
}
