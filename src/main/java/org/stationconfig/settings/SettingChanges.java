package org.stationconfig.settings;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.SettingsRejected.Reason;
import org.stationconfig.settings.type.InvalidValueException;

/**
 * The single write path for settings, used by the app, the central system and the station itself: unknown keys,
 * permission, each value's type, the central system's own rules, the rules across settings; then all or nothing is
 * stored with its audit lines, and {@link SettingsChanged} is published.
 */
@Singleton
public class SettingChanges {

    private final SettingsRegistry registry;
    private final SettingsStore store;
    private final PermissionMatrix permissions;
    private final List<SettingRule> rules;
    private final SecurityPrerequisites prerequisites;
    private final ApplicationEventPublisher<SettingsChanged> events;

    public SettingChanges(SettingsRegistry registry, SettingsStore store, PermissionMatrix permissions,
                          List<SettingRule> rules, SecurityPrerequisites prerequisites,
                          ApplicationEventPublisher<SettingsChanged> events) {
        this.registry = registry;
        this.store = store;
        this.permissions = permissions;
        this.rules = List.copyOf(rules);
        this.prerequisites = prerequisites;
        this.events = events;
    }

    /** Applies the whole change or none of it; throws {@link SettingsRejected} saying why. */
    public synchronized ChangeResult apply(ChangeRequest request) {
        SettingsSnapshot current = store.current();
        Proposal proposal = checked(request, current);
        Map<String, String> changed = new LinkedHashMap<>();
        proposal.changes().forEach((key, value) -> {
            boolean resetsStored = value == null && current.row(key) != null;
            if (resetsStored || value != null && !Objects.equals(value, current.value(key))) {
                changed.put(key, value);
            }
        });
        if (changed.isEmpty()) {
            return new ChangeResult(current, Set.of(), proposal.warnings());
        }
        SettingsSnapshot after = store.commit(changed, request.actor(), current.version());
        if (after == null) {
            throw new SettingsRejected(Reason.STALE, Map.of());
        }
        Set<String> keys = new LinkedHashSet<>(changed.keySet());
        events.publishEvent(new SettingsChanged(Set.copyOf(keys), request.actor(), current, after));
        return new ChangeResult(after, keys, proposal.warnings());
    }

    /**
     * What the settings would be after the change, checked exactly like {@link #apply} but stored nowhere (e.g. to
     * test a connection with candidate values). Throws {@link SettingsRejected} like apply.
     */
    public ChangeResult preview(ChangeRequest request) {
        SettingsSnapshot current = store.current();
        Proposal proposal = checked(request, current);
        return new ChangeResult(proposal.candidate(),
                Set.copyOf(proposal.changes().keySet()), proposal.warnings());
    }

    private Proposal checked(ChangeRequest request, SettingsSnapshot current) {
        if (request.expectedVersion() != null && request.expectedVersion() != current.version()) {
            throw new SettingsRejected(Reason.STALE, Map.of());
        }
        Map<String, SettingDefinition> definitions = known(request);
        permitted(request, definitions);
        Proposal proposal = new Proposal(current, parsed(request, definitions), request.actor(), prerequisites);
        csmsRules(proposal, definitions);
        if (proposal.errors().isEmpty()) {
            rules.forEach(rule -> rule.check(proposal));
        }
        if (!proposal.errors().isEmpty()) {
            throw new SettingsRejected(Reason.INVALID, proposal.errors(), proposal.errorTexts());
        }
        return proposal;
    }

    private Map<String, SettingDefinition> known(ChangeRequest request) {
        Map<String, SettingDefinition> definitions = new LinkedHashMap<>();
        Map<String, Text> unknown = new LinkedHashMap<>();
        request.values().keySet().forEach(key -> registry.find(key).ifPresentOrElse(
                definition -> definitions.put(key, definition),
                () -> unknown.put(key, Text.of("problem.settings.unknown.key"))));
        if (!unknown.isEmpty()) {
            throw rejected(Reason.UNKNOWN, unknown);
        }
        return definitions;
    }

    private void permitted(ChangeRequest request, Map<String, SettingDefinition> definitions) {
        Map<String, Text> forbidden = new LinkedHashMap<>();
        definitions.forEach((key, definition) -> {
            Text refusal = permissions.refusalText(request.actor(), definition);
            if (refusal != null) {
                forbidden.put(key, refusal);
            }
        });
        if (!forbidden.isEmpty()) {
            throw rejected(Reason.FORBIDDEN, forbidden);
        }
    }

    private Map<String, String> parsed(ChangeRequest request, Map<String, SettingDefinition> definitions) {
        Map<String, String> parsed = new LinkedHashMap<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        Map<String, Text> texts = new LinkedHashMap<>();
        request.values().forEach((key, value) -> {
            SettingDefinition definition = definitions.get(key);
            try {
                parsed.put(key, value == null ? null
                        : request.asText() ? definition.type().fromText(value.toString()) : definition.type().fromJson(value));
            } catch (InvalidValueException e) {
                invalid.put(key, e.getMessage());
                if (e.text() != null) {
                    texts.put(key, e.text());
                }
            }
        });
        if (!invalid.isEmpty()) {
            throw new SettingsRejected(Reason.INVALID, invalid, texts);
        }
        return parsed;
    }

    private static SettingsRejected rejected(Reason reason, Map<String, Text> texts) {
        Map<String, String> english = new LinkedHashMap<>();
        texts.forEach((key, text) -> english.put(key, text.english()));
        return new SettingsRejected(reason, english, texts);
    }

    private void csmsRules(Proposal proposal, Map<String, SettingDefinition> definitions) {
        if (proposal.actor().source() != org.stationconfig.audit.Source.CSMS) {
            return;
        }
        for (Map.Entry<String, String> change : new ArrayList<>(proposal.changes().entrySet())) {
            CsmsRule rule = definitions.get(change.getKey()).csmsRule();
            if (rule != null && change.getValue() != null) {
                String refusal = rule.refusal(proposal.currentValue(change.getKey()), change.getValue(), proposal);
                if (refusal != null) {
                    proposal.reject(change.getKey(), refusal);
                }
            }
        }
    }
}
