package org.stationconfig.ocpp.outbox;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ServerTransactionIdRepository extends CrudRepository<ServerTransactionId, String> {

    List<ServerTransactionId> findByLocalTransactionIdIn(Collection<String> localTransactionIds);
}
