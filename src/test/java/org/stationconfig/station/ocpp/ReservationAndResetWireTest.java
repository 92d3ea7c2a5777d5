package org.stationconfig.station.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stationconfig.ocpp.v16.core.Reset.ResetStatus;
import org.stationconfig.ocpp.v16.core.Reset.ResetType;
import org.stationconfig.ocpp.v16.reservation.CancelReservation.CancelReservationStatus;
import org.stationconfig.ocpp.v16.reservation.ReserveNow.ReservationStatus;
import org.stationconfig.ocpp.v16.reservation.ReserveNow;
import org.stationconfig.station.Acceptance;
import org.stationconfig.station.reservation.Reservation;
import org.stationconfig.station.reservation.ReservationAnswer;
import org.stationconfig.station.reset.ResetKind;

/** Reservation and reset answers and kinds have their OCPP 1.6 spelling, both ways. */
class ReservationAndResetWireTest {

    @ParameterizedTest
    @EnumSource(ReservationAnswer.class)
    void everyReservationAnswerMapsBothWays(ReservationAnswer answer) {
        assertEquals(answer.name(), ReservationWire.toWire(answer).name());
        assertEquals(answer, ReservationWire.fromWire(ReservationWire.toWire(answer)));
    }

    @ParameterizedTest
    @EnumSource(ReservationStatus.class)
    void everyReservationStatusHasAnAnswer(ReservationStatus status) {
        assertEquals(status, ReservationWire.toWire(ReservationWire.fromWire(status)));
    }

    @ParameterizedTest
    @EnumSource(CancelReservationStatus.class)
    void everyCancelStatusHasAnAcceptance(CancelReservationStatus status) {
        assertEquals(status, ReservationWire.cancelStatus(ReservationWire.fromWire(status)));
    }

    @ParameterizedTest
    @EnumSource(Acceptance.class)
    void everyAcceptanceIsACancelAndAResetStatus(Acceptance acceptance) {
        assertEquals(acceptance.name(), ReservationWire.cancelStatus(acceptance).name());
        assertEquals(acceptance.name(), ResetWire.toWire(acceptance).name());
        assertEquals(acceptance, ResetWire.fromWire(ResetWire.toWire(acceptance)));
    }

    @ParameterizedTest
    @EnumSource(ResetStatus.class)
    void everyResetStatusHasAnAcceptance(ResetStatus status) {
        assertEquals(status, ResetWire.toWire(ResetWire.fromWire(status)));
    }

    @ParameterizedTest
    @EnumSource(ResetKind.class)
    void everyResetKindMapsBothWays(ResetKind kind) {
        assertEquals(kind.name(), ResetWire.toWire(kind).name());
        assertEquals(kind, ResetWire.fromWire(ResetWire.toWire(kind)));
    }

    @ParameterizedTest
    @EnumSource(ResetType.class)
    void everyResetTypeHasAKind(ResetType type) {
        assertEquals(type, ResetWire.toWire(ResetWire.fromWire(type)));
    }

    @Test
    void aReserveNowBecomesTheReservationItAsksFor() {
        Instant until = Instant.parse("2026-03-01T13:00:00Z");
        assertEquals(new Reservation(7, 2, "TAG-1", "GROUP", until),
                ReservationWire.fromWire(new ReserveNow.Request(2, until, "TAG-1", "GROUP", 7)));
    }
}
