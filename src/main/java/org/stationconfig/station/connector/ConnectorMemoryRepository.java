package org.stationconfig.station.connector;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ConnectorMemoryRepository extends CrudRepository<ConnectorMemory, Integer> {

    /** Inserts or updates; the station thread is the only writer. */
    default void store(ConnectorMemory memory) {
        if (existsById(memory.connectorId())) {
            update(memory);
        } else {
            save(memory);
        }
    }
}
