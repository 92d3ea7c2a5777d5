package org.stationconfig.station.authorization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LocalAuthEntryRepository extends CrudRepository<LocalAuthEntry, String> {

    @Query("SELECT list_version FROM local_auth_version WHERE id = 1")
    int version();

    @Query("UPDATE local_auth_version SET list_version = :version WHERE id = 1")
    void storeVersion(int version);
}
