package org.stationconfig.diagnostics;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.Category;

/** Reads the audit log by time, a page at a time in id order, for the files GetDiagnostics and GetLog upload. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEntries extends GenericRepository<AuditEntry, Long> {

    List<AuditEntry> findByIdGreaterThanAndAtBetweenOrderById(long afterId, Instant from, Instant to, Pageable page);

    List<AuditEntry> findByIdGreaterThanAndCategoryAndAtBetweenOrderById(long afterId, Category category, Instant from,
                                                                          Instant to, Pageable page);
}
