package org.stationconfig.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** The live-events WebSocket in the OpenAPI document: its upgrade, with a pointer to the AsyncAPI document. */
final class EventsOperation {

    static final String PATH = "/api/v1/events";
    static final String ASYNCAPI_FILE = "station-config-events.asyncapi.yml";

    private EventsOperation() {
    }

    static void add(OpenAPI api) {
        Operation upgrade = new Operation()
                .addTagsItem("Events")
                .operationId("liveEvents")
                .summary("Live events: a WebSocket the station pushes status, settings, connector and transaction "
                        + "changes on")
                .description("Open a WebSocket to ws(s)://<station>" + PATH + " with the header 'Authorization: Bearer "
                        + "<token>'. Each message is a JSON object {type, at, data}; the message of each type is "
                        + "described in the AsyncAPI document " + ASYNCAPI_FILE + " beside this one. What the app sends "
                        + "is ignored. The socket is closed with 1008 when the token expires or is revoked: log in "
                        + "again and reconnect, then re-read what the events describe (GET /api/v1/ocpp/status, "
                        + "/api/v1/settings, /api/v1/station), since events sent meanwhile are not repeated.")
                .responses(new ApiResponses().addApiResponse("101", new ApiResponse()
                        .description("Switching Protocols: the WebSocket is open")));
        api.getPaths().addPathItem(PATH, new PathItem().get(upgrade));
    }
}
