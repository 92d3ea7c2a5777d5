package org.stationconfig.settings;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.i18n.Alternatives;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.store.PermissionOverride;
import org.stationconfig.settings.store.PermissionOverrideRepository;
import org.stationconfig.station.command.StationCommand;

/**
 * Who may write which setting, who may install and delete which certificate use (SPEC §6; rows keyed by the use's
 * OCPP name) and who may send which station command (rows keyed by the command's name): the shipped defaults, overridden row by row by SERVICE. This is the one place that answers "may this
 * actor change this"; the station itself ({@link Actor#system()}) always may.
 */
@Singleton
public class PermissionMatrix {

    private final SettingsRegistry registry;
    private final PermissionOverrideRepository repository;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher<PermissionChanged> events;
    private final Map<String, Set<Writer>> overrides = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();

    public PermissionMatrix(SettingsRegistry registry, PermissionOverrideRepository repository,
                            TransactionOperations<Connection> transactions, AuditLog auditLog, Clock clock,
                            ApplicationEventPublisher<PermissionChanged> events) {
        this.events = events;
        this.registry = registry;
        this.repository = repository;
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.clock = clock;
        transactions.executeRead(status -> {
            repository.findAll().forEach(row -> overrides.put(row.key(), parse(row.writers())));
            return null;
        });
    }

    /** Moves on with every change of a row, after the row is in force: what depends on the matrix is valid per version. */
    public long version() {
        return version.get();
    }

    public Set<Writer> writers(SettingDefinition definition) {
        return overrides.getOrDefault(definition.key(), definition.defaultWriters());
    }

    public boolean mayWrite(Actor actor, SettingDefinition definition) {
        return refusal(actor, definition) == null;
    }

    /** Why the actor may not write the setting, in English; null when it may. */
    public String refusal(Actor actor, SettingDefinition definition) {
        Text text = refusalText(actor, definition);
        return text == null ? null : text.english();
    }

    /** Why the actor may not write the setting, in words for the app (any language); null when it may. */
    public Text refusalText(Actor actor, SettingDefinition definition) {
        Writer writer = Writer.of(actor);
        if (writer == null) {
            return null;
        }
        if (writer == Writer.CSMS && !definition.csmsWritable()) {
            return Text.of("permission.readOnlyOverOcpp");
        }
        Set<Writer> writers = writers(definition);
        if (writers.contains(writer)) {
            return null;
        }
        Set<Writer> roles = EnumSet.noneOf(Writer.class);
        roles.addAll(writers);
        roles.remove(Writer.CSMS);
        if (roles.isEmpty()) {
            return Text.of(writer == Writer.CSMS ? "permission.csmsMayNot" : "permission.readOnly");
        }
        return Text.of("permission.onlyRoles", new Alternatives(List.copyOf(roles.stream().map(Enum::name).toList())));
    }

    public Set<Writer> writers(CertificateUse use) {
        return overrides.getOrDefault(use.ocppName(), use.defaultWriters());
    }

    /** Why the actor may not install or delete certificates of this use, in English; null when it may. */
    public String refusal(Actor actor, CertificateUse use) {
        Text text = refusalText(actor, use);
        return text == null ? null : text.english();
    }

    /** Why the actor may not install or delete certificates of this use, in words for the app; null when it may. */
    public Text refusalText(Actor actor, CertificateUse use) {
        Writer writer = Writer.of(actor);
        if (writer == null || writers(use).contains(writer)) {
            return null;
        }
        List<Object> allowed = writers(use).stream().sorted()
                .map(w -> w == Writer.CSMS ? (Object) Text.of("word.centralSystem") : w.name()).toList();
        return allowed.isEmpty() ? Text.of("permission.certificate.nobody", use.ocppName())
                : Text.of("permission.certificate.only", new Alternatives(allowed), use.ocppName());
    }

    public Set<Writer> writers(StationCommand command) {
        return overrides.getOrDefault(command.commandName(), command.defaultWriters());
    }

    /** Why the actor may not send this station command, in words for the app; null when it may. */
    public Text refusal(Actor actor, StationCommand command) {
        Writer writer = Writer.of(actor);
        if (writer == null || writers(command).contains(writer)) {
            return null;
        }
        List<Object> allowed = List.copyOf(writers(command).stream().sorted().map(Enum::name).toList());
        return allowed.isEmpty() ? Text.of("permission.command.nobody", command.commandName())
                : Text.of("permission.command.only", new Alternatives(allowed), command.commandName());
    }

    /** A permission row that cannot be (e.g. the central system allowed a command of the app). */
    public static final class Impossible extends IllegalArgumentException {

        private final transient Text text;

        Impossible(Text text) {
            super(text.english());
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }

    /** Changes one row of the matrix (SERVICE, through the API). The central system can only get what OCPP allows. */
    public void change(String key, Set<Writer> writers, Actor actor) {
        Optional<StationCommand> command = StationCommand.fromName(key);
        if (command.isPresent()) {
            if (writers.contains(Writer.CSMS)) {
                throw new Impossible(Text.of("permission.impossible.command", key));
            }
            store(key, format(writers(command.get())), writers, actor);
            return;
        }
        Optional<CertificateUse> use = CertificateUse.fromOcppName(key);
        if (use.isPresent()) {
            store(key, format(writers(use.get())), writers, actor);
            return;
        }
        SettingDefinition definition = registry.get(key);
        if (writers.contains(Writer.CSMS) && !definition.csmsWritable()) {
            throw new Impossible(Text.of("permission.impossible.notOcpp", key));
        }
        store(key, format(writers(definition)), writers, actor);
    }

    private void store(String key, String before, Set<Writer> writers, Actor actor) {
        String after = format(writers);
        transactions.executeWrite(status -> {
            PermissionOverride row = new PermissionOverride(key, after, clock.instant());
            if (repository.existsById(key)) {
                repository.update(row);
            } else {
                repository.save(row);
            }
            auditLog.record(actor.source(), actor.name(), Category.SETTING, "PERMISSION_CHANGED",
                    key + ": " + before + " -> " + after);
            return null;
        });
        overrides.put(key, EnumSet.copyOf(writers.isEmpty() ? EnumSet.noneOf(Writer.class) : writers));
        version.incrementAndGet();
        events.publishEvent(new PermissionChanged(key, before, after, actor));
    }

    private static Set<Writer> parse(String writers) {
        Set<Writer> set = EnumSet.noneOf(Writer.class);
        Arrays.stream(writers.split(",")).filter(s -> !s.isBlank()).map(Writer::valueOf).forEach(set::add);
        return set;
    }

    private static String format(Set<Writer> writers) {
        return writers.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
