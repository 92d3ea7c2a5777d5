package org.stationconfig.ocpp.csms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Lets the scripted central system refuse the WebSocket upgrade the way real ones do: 401, 403, 404. */
@ServerFilter("/csms/**")
public class UpgradeRefusal {

    private final CentralSystemScript script;

    public UpgradeRefusal(CentralSystemScript script) {
        this.script = script;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuse(HttpRequest<?> request) {
        if (script.refuseUpgradeWith > 0) {
            return HttpResponse.status(HttpStatus.valueOf(script.refuseUpgradeWith));
        }
        String path = request.getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        if (script.knownIds != null && !script.knownIds.contains(id)) {
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        return null;
    }
}
