package org.stationconfig.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccessGrantRepository extends CrudRepository<AccessGrant, Long> {

    Optional<AccessGrant> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AccessGrant> findAllOrderByIdDesc();

    List<AccessGrant> findByRevokedAtIsNullAndExpiresAtGreaterThan(Instant now);

    void update(@Id Long id, Instant revokedAt, String revokedBy);
}
