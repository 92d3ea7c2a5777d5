package org.stationconfig.firmware;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FirmwareUpdateRepository extends CrudRepository<FirmwareUpdate, Long> {

    /** Inserts or replaces the one row; only the firmware thread writes. */
    default void store(FirmwareUpdate update) {
        if (existsById(update.id())) {
            update(update);
        } else {
            save(update);
        }
    }

    default Optional<FirmwareUpdate> latest() {
        return findById(FirmwareUpdate.ROW);
    }
}
