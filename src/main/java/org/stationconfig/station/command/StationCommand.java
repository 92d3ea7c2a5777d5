package org.stationconfig.station.command;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stationconfig.i18n.Alternatives;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.PermissionSubject;
import org.stationconfig.settings.Writer;

/**
 * What the app may ask the station to do on site, each the same station logic as the central system's request of
 * that name. Who may send which is permission data (a row per command, keyed by its name); the central system sends
 * its OCPP requests and is never a writer of a command row.
 */
public enum StationCommand implements PermissionSubject {
    SOFT_RESET("soft-reset", "Reset"),
    HARD_RESET("hard-reset", "Reset"),
    UNLOCK_CONNECTOR("unlock-connector", "UnlockConnector"),
    CHANGE_AVAILABILITY("change-availability", "ChangeAvailability"),
    RECONNECT("reconnect", null),
    CLEAR_CACHE("clear-cache", "ClearCache"),
    // the owner charges their own car at their own station
    START_TRANSACTION("start-transaction", "RemoteStartTransaction", Writer.OWNER, Writer.INSTALLER, Writer.SERVICE),
    STOP_TRANSACTION("stop-transaction", "RemoteStopTransaction", Writer.OWNER, Writer.INSTALLER, Writer.SERVICE),
    STATUS_REPORT("status-report", "TriggerMessage");

    private final String commandName;
    private final String ocppAction;
    private final Set<Writer> defaultWriters;

    StationCommand(String commandName, String ocppAction, Writer... writers) {
        this.commandName = commandName;
        this.ocppAction = ocppAction;
        this.defaultWriters = writers.length == 0 ? EnumSet.of(Writer.INSTALLER, Writer.SERVICE)
                : EnumSet.copyOf(Arrays.asList(writers));
    }

    /** The name in the path and in the permission row, e.g. {@code unlock-connector}. */
    public String commandName() {
        return commandName;
    }

    /** The OCPP request whose logic the command runs; null for reconnect, which has none. */
    public String ocppAction() {
        return ocppAction;
    }

    @Override
    public Kind kind() {
        return Kind.STATION_COMMAND;
    }

    @Override
    public String permissionKey() {
        return commandName;
    }

    /** The central system sends its OCPP requests; it is never a writer of a command row. */
    @Override
    public boolean centralSystemMayBeWriter() {
        return false;
    }

    @Override
    public Text refusal(List<Writer> allowed) {
        return allowed.isEmpty() ? Text.of("permission.command.nobody", commandName)
                : Text.of("permission.command.only", new Alternatives(List.copyOf(allowed.stream().map(Enum::name).toList())),
                commandName);
    }

    /** Who may send it unless SERVICE changed its row; in the enum's order, so the app sees a stable list. */
    @Override
    public Set<Writer> defaultWriters() {
        return Collections.unmodifiableSet(EnumSet.copyOf(defaultWriters));
    }

    public static Optional<StationCommand> fromName(String name) {
        return Arrays.stream(values()).filter(c -> c.commandName.equals(name)).findFirst();
    }
}
