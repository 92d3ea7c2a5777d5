package org.stationconfig.station.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stationconfig.station.Reservations;
import org.stationconfig.station.VirtualStation;
import org.stationconfig.station.reservation.Reservation;

/**
 * The station's waits as the central system sees them, on a virtual clock: ConnectionTimeOut cancelling a start whose
 * cable never came, MinimumStatusDuration holding back a status until it has lasted, a reservation ending at its
 * expiry date (S16 §4.9, §5.13, §9.1). Each StatusNotification is checked for the instant it is stamped with and
 * the instant it arrives.
 */
@MicronautTest(transactional = false)
class StatusTimingOnVirtualClockTest extends VirtualStation {

    @Inject
    Reservations reservations;
    /** StatusNotifications before this many are the report after BootNotification, not a change. */
    private int afterBoot;

    @Override
    protected void commission(String chargePointId, Map<String, Object> extra) {
        super.commission(chargePointId, extra);
        afterBoot = sent("StatusNotification").size();
    }

    @Test
    void aStartWhoseCableNeverComesIsCancelledAfterConnectionTimeOut() {
        commission("CP-VST-1", Map.of("authorizationMode", "ANY_TAG", "connectionTimeOut", 45));
        tag(1, "TAG-NO-CABLE");
        Instant presented = time.now();
        assertEquals(List.of("Preparing " + presented), notified(1));
        advance(Duration.ofSeconds(45).minusMillis(1));
        assertEquals(List.of("Preparing " + presented), notified(1), "still waiting for the cable");
        advance(Duration.ofMillis(1));
        Instant timedOut = presented.plusSeconds(45);
        assertEquals(List.of("Preparing " + presented, "Available " + timedOut), notified(1));
        assertEquals(timedOut, last(1).at());
        plug(1);
        assertEquals(List.of(), sent("StartTransaction"), "the cancelled start does not come back with the cable");

        unplug(1);
        tag(1, "TAG-IN-TIME");
        advance(Duration.ofSeconds(44));
        Instant plugged = time.now();
        plug(1);
        assertEquals(1, sent("StartTransaction").size(), "a cable within ConnectionTimeOut starts");
        assertEquals(plugged, sent("StartTransaction").get(0).at());
        advance(Duration.ofSeconds(10));
        assertEquals("Charging", last(1).text("status"), "not cancelled after the cable came");
    }

    @Test
    void aStatusIsReportedOnlyOnceItHasLastedMinimumStatusDuration() {
        commission("CP-VST-2", Map.of("minimumStatusDuration", 10));
        int before = 0;
        plug(2);
        advance(Duration.ofSeconds(3));
        unplug(2);
        advance(Duration.ofSeconds(30));
        assertEquals(before, notified(2).size(), "Preparing for 3 s is never reported, nor the Available after it");

        Instant plugged = time.now();
        plug(2);
        advance(Duration.ofSeconds(10).minusMillis(1));
        assertEquals(before, notified(2).size());
        advance(Duration.ofMillis(1));
        assertEquals("Preparing " + plugged, notified(2).get(before), "stamped with when it began");
        assertEquals(plugged.plusSeconds(10), last(2).at(), "sent once it has lasted");
    }

    @Test
    void aReservationEndsAtItsExpiryDate() throws Exception {
        commission("CP-VST-3", Map.of());
        Instant reserved = time.now();
        Instant expiry = reserved.plus(Duration.ofMinutes(10));
        reservations.reserve(new Reservation(71, 1, "TAG-RESERVED", null, expiry)).get(5, TimeUnit.SECONDS);
        time.settle();
        assertEquals(List.of("Reserved " + reserved), notified(1));
        advance(Duration.between(time.now(), expiry).minusMillis(1));
        assertEquals(List.of("Reserved " + reserved), notified(1), "held until its expiry date");
        advance(Duration.ofSeconds(1));
        Sent ended = last(1);
        assertEquals("Available", ended.text("status"));
        Instant at = Instant.parse(ended.text("timestamp"));
        assertTrue(!at.isBefore(expiry) && at.isBefore(expiry.plusSeconds(1)),
                "ended at the first station tick (1 s) from its expiry date " + expiry + ": " + at);
        assertEquals(at, ended.at());
    }

    /** "status timestamp" of each StatusNotification for the connector, in order. */
    private List<String> notified(int connectorId) {
        return notifications(connectorId).stream().map(s -> s.text("status") + " " + Instant.parse(s.text("timestamp")))
                .toList();
    }

    private Sent last(int connectorId) {
        List<Sent> all = notifications(connectorId);
        return all.get(all.size() - 1);
    }

    private List<Sent> notifications(int connectorId) {
        List<Sent> all = sent("StatusNotification");
        return all.subList(afterBoot, all.size()).stream()
                .filter(s -> s.payload().get("connectorId").getIntValue() == connectorId).toList();
    }
}
