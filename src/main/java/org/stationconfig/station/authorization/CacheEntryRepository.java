package org.stationconfig.station.authorization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CacheEntryRepository extends CrudRepository<CacheEntry, String> {

    /** Forgets the least recently confirmed entries beyond {@code keep}. */
    @Query("DELETE FROM auth_cache_entry WHERE tag_key NOT IN "
            + "(SELECT tag_key FROM auth_cache_entry ORDER BY updated_at DESC LIMIT :keep)")
    void keepNewest(int keep);
}
