package org.stationconfig.settings;

import java.util.EnumSet;
import java.util.Set;
import org.stationconfig.settings.type.SettingType;

/** Reads declarations like {@code define(...).ocpp("HeartbeatInterval", READ_WRITE).unit("s").defaultValue("300")}. */
public final class SettingBuilder {

    private final String key;
    private final SettingType type;
    private Group group = Group.OCPP;
    private String unit;
    private String defaultValue;
    private String defaultFrom;
    private String ocppKey;
    private OcppAccess ocppAccess = OcppAccess.NONE;
    private Set<Writer> writers = EnumSet.of(Writer.INSTALLER, Writer.SERVICE);
    private Applies applies = Applies.IMMEDIATELY;
    private boolean secret;
    private CsmsRule csmsRule;
    private boolean connection;
    private boolean securityParameter;

    SettingBuilder(String key, SettingType type) {
        this.key = key;
        this.type = type;
    }

    public SettingBuilder group(Group value) {
        this.group = value;
        return this;
    }

    public SettingBuilder unit(String value) {
        this.unit = value;
        return this;
    }

    public SettingBuilder defaultValue(String value) {
        this.defaultValue = value;
        return this;
    }

    public SettingBuilder defaultFrom(String otherKey) {
        this.defaultFrom = otherKey;
        return this;
    }

    /** An OCPP key; READ_WRITE and WRITE keys are writable by the central system by default. */
    public SettingBuilder ocpp(String name, OcppAccess access) {
        this.ocppKey = name;
        this.ocppAccess = access;
        if (access.writable()) {
            writers.add(Writer.CSMS);
        }
        return this;
    }

    /** Only these app roles may write it (the central system keeps what {@link #ocpp} gave it). */
    public SettingBuilder appWriters(Writer... roles) {
        boolean csms = writers.contains(Writer.CSMS);
        writers = roles.length == 0 ? EnumSet.noneOf(Writer.class) : EnumSet.of(roles[0], roles);
        if (csms) {
            writers.add(Writer.CSMS);
        }
        return this;
    }

    public SettingBuilder readOnly() {
        return appWriters();
    }

    public SettingBuilder applies(Applies value) {
        this.applies = value;
        return this;
    }

    /** A setting the connection is made with: applied by reconnecting, as a trial with rollback (SPEC §3). */
    public SettingBuilder connection() {
        this.connection = true;
        return applies(Applies.RECONNECT);
    }

    /** A change by someone is a ReconfigurationOfSecurityParameters in the security log (A01.FR.11). */
    public SettingBuilder securityParameter() {
        this.securityParameter = true;
        return this;
    }

    public SettingBuilder secret() {
        this.secret = true;
        return this;
    }

    public SettingBuilder csmsRule(CsmsRule rule) {
        this.csmsRule = rule;
        return this;
    }

    public SettingDefinition build() {
        return new SettingDefinition(key, group, type, unit, defaultValue, defaultFrom, ocppKey, ocppAccess,
                Set.copyOf(writers), applies, secret, csmsRule, connection, securityParameter);
    }
}
