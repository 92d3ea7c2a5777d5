package org.stationconfig.station.ocpp;

import org.stationconfig.ocpp.v16.reservation.CancelReservation.CancelReservationStatus;
import org.stationconfig.ocpp.v16.reservation.ReserveNow.ReservationStatus;
import org.stationconfig.ocpp.v16.reservation.ReserveNow;
import org.stationconfig.station.Acceptance;
import org.stationconfig.station.reservation.Reservation;
import org.stationconfig.station.reservation.ReservationAnswer;

/** ReserveNow and CancelReservation (S16 §5.13, §5.1) ↔ the station's reservations. */
public final class ReservationWire {

    private ReservationWire() {
    }

    public static Reservation fromWire(ReserveNow.Request request) {
        return new Reservation(request.reservationId(), request.connectorId(), request.idTag(), request.parentIdTag(),
                request.expiryDate());
    }

    public static ReservationStatus toWire(ReservationAnswer answer) {
        return switch (answer) {
            case Accepted -> ReservationStatus.Accepted;
            case Faulted -> ReservationStatus.Faulted;
            case Occupied -> ReservationStatus.Occupied;
            case Rejected -> ReservationStatus.Rejected;
            case Unavailable -> ReservationStatus.Unavailable;
        };
    }

    public static ReservationAnswer fromWire(ReservationStatus status) {
        return switch (status) {
            case Accepted -> ReservationAnswer.Accepted;
            case Faulted -> ReservationAnswer.Faulted;
            case Occupied -> ReservationAnswer.Occupied;
            case Rejected -> ReservationAnswer.Rejected;
            case Unavailable -> ReservationAnswer.Unavailable;
        };
    }

    public static CancelReservationStatus cancelStatus(Acceptance acceptance) {
        return switch (acceptance) {
            case Accepted -> CancelReservationStatus.Accepted;
            case Rejected -> CancelReservationStatus.Rejected;
        };
    }

    public static Acceptance fromWire(CancelReservationStatus status) {
        return switch (status) {
            case Accepted -> Acceptance.Accepted;
            case Rejected -> Acceptance.Rejected;
        };
    }
}
