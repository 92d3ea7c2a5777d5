package org.stationconfig.station.reservation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReservationRepository extends CrudRepository<Reservation, Integer> {

    /** Inserts, or replaces the reservation with the same id (S16 §5.13); the station thread is the only writer. */
    default void store(Reservation reservation) {
        if (existsById(reservation.reservationId())) {
            update(reservation);
        } else {
            save(reservation);
        }
    }
}
