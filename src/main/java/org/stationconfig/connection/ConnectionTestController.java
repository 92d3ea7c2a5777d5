package org.stationconfig.connection;


import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import org.stationconfig.api.ProblemException;
import org.stationconfig.auth.Actor;
import org.stationconfig.i18n.Languages;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.api.SettingsPatch;

@Controller("/api/v1/ocpp/connection-test")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "OCPP connection")
public class ConnectionTestController {

    private final ConnectionTester tester;

    public ConnectionTestController(ConnectionTester tester) {
        this.tester = tester;
    }

    @Post
    @Operation(operationId = "testConnection", summary = "Try connection settings without saving them: the same values "
            + "shape as PATCH /api/v1/settings, laid over the current settings; says which stage was reached and why "
            + "the next failed")
    public ConnectionTestResult test(Authentication authentication, @Body SettingsPatch candidate,
                                     @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Map<String, Object> values = candidate.values() == null ? Map.of() : candidate.values();
        if (values.isEmpty() && candidate.values() == null) {
            throw ProblemException.of(HttpStatus.UNPROCESSABLE_ENTITY, Text.of("problem.connectionTest.empty.title"),
                    Text.of("problem.connectionTest.empty.detail"));
        }
        Locale language = Languages.choose(acceptLanguage);
        ConnectionTestResult result = tester.test(ChangeRequest.fromApp(Actor.of(authentication), values, null), language);
        return new ConnectionTestResult(result.ok(), result.effectiveUrl(), result.stages(),
                LastErrorLanguage.in(result.error(), language), result.warnings(), result.note());
    }
}
