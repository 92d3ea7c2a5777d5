package org.stationconfig.settings;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
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
import org.stationconfig.i18n.Alternatives;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.store.PermissionOverride;
import org.stationconfig.settings.store.PermissionOverrideRepository;

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
    private final List<PermissionSubject> subjects;
    private final AtomicLong version = new AtomicLong();

    public PermissionMatrix(SettingsRegistry registry, PermissionOverrideRepository repository,
                            TransactionOperations<Connection> transactions, AuditLog auditLog, Clock clock,
                            ApplicationEventPublisher<PermissionChanged> events, List<PermissionSubjects> features) {
        this.events = events;
        this.subjects = features.stream().sorted(Comparator.comparingInt(PermissionSubjects::position))
                .flatMap(feature -> feature.subjects().stream()).map(PermissionSubject.class::cast).toList();
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

    /** The rows that are not settings (certificate uses, station commands), in the order the app lists them. */
    public List<PermissionSubject> subjects() {
        return subjects;
    }

    public List<PermissionSubject> subjects(PermissionSubject.Kind kind) {
        return subjects.stream().filter(subject -> subject.kind() == kind).toList();
    }

    public Optional<PermissionSubject> subject(String key) {
        return subjects.stream().filter(subject -> subject.permissionKey().equals(key)).findFirst();
    }

    public Set<Writer> writers(PermissionSubject subject) {
        return overrides.getOrDefault(subject.permissionKey(), subject.defaultWriters());
    }

    /** Why the actor may not (install or delete certificates of this use, send this command), in English; null when it may. */
    public String refusal(Actor actor, PermissionSubject subject) {
        Text text = refusalText(actor, subject);
        return text == null ? null : text.english();
    }

    /** Why the actor may not, in words for the app (any language); null when it may. */
    public Text refusalText(Actor actor, PermissionSubject subject) {
        Writer writer = Writer.of(actor);
        if (writer == null || writers(subject).contains(writer)) {
            return null;
        }
        return subject.refusal(writers(subject).stream().sorted().toList());
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
        Optional<PermissionSubject> subject = subject(key);
        if (subject.isPresent()) {
            if (writers.contains(Writer.CSMS) && !subject.get().centralSystemMayBeWriter()) {
                throw new Impossible(Text.of("permission.impossible.command", key));
            }
            store(key, format(writers(subject.get())), writers, actor);
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
