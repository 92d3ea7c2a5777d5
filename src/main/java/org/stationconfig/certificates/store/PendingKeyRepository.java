package org.stationconfig.certificates.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PendingKeyRepository extends CrudRepository<PendingKey, Long> {

    Optional<PendingKey> findByPublicKeyHash(String publicKeyHash);

    List<PendingKey> findAllOrderByIdDesc();
}
