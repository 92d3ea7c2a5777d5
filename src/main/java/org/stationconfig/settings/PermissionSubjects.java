package org.stationconfig.settings;

import java.util.List;

/** One feature's rows of the permission matrix; the matrix shows them after the settings, in {@code position} order. */
public interface PermissionSubjects {

    int position();

    List<? extends PermissionSubject> subjects();
}
