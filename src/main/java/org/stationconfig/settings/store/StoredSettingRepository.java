package org.stationconfig.settings.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StoredSettingRepository extends CrudRepository<StoredSetting, String> {

    @Query("SELECT version FROM settings_version WHERE id = 1")
    long version();

    @Query("UPDATE settings_version SET version = version + 1 WHERE id = 1")
    void bumpVersion();
}
