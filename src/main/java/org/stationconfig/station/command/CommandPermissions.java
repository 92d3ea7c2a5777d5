package org.stationconfig.station.command;

import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.settings.PermissionSubjects;

/** The station commands as rows of the permission matrix: who may send each from the app. */
@Singleton
class CommandPermissions implements PermissionSubjects {

    @Override
    public int position() {
        return 2;
    }

    @Override
    public List<StationCommand> subjects() {
        return List.of(StationCommand.values());
    }
}
