package org.stationconfig.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.api.ProblemException;
import org.stationconfig.i18n.Text;

@Tag(name = "Access")
@SecurityScheme(name = LoginController.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The access_token from POST /api/v1/auth/login")
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING) // Argon2 and SQLite must not run on the event loop
public class LoginController {

    /** The OpenAPI name of the bearer token scheme, for {@code @SecurityRequirement}s. */
    public static final String BEARER = "bearer";

    private final PasswordLogin passwordLogin;

    public LoginController(PasswordLogin passwordLogin) {
        this.passwordLogin = passwordLogin;
    }

    @Post("/login")
    @Operation(operationId = "login", summary = "Log in with username and password",
            description = "Answers a bearer token (ES256 JWT, at most 1 h) carrying the account's role. Wrong "
                    + "passwords are slowed down and then locked out per account and per device (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "401", description = "Wrong username or password")
    @ApiResponse(responseCode = "422", description = "Username or password missing")
    @ApiResponse(responseCode = "429", description = "Locked out for now; see the Retry-After header")
    public LoginResponse login(@Body LoginRequest body, HttpRequest<?> request) {
        List<FieldText> errors = new ArrayList<>();
        if (body.username() == null || body.username().isBlank()) {
            errors.add(new FieldText("username", Text.of("login.usernameRequired")));
        }
        if (body.password() == null || body.password().isEmpty()) {
            errors.add(new FieldText("password", Text.of("login.passwordRequired")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(Text.of("login.enterBoth"), errors);
        }
        AccessTokens.IssuedToken token = passwordLogin.login(body.username(), body.password(),
                ClientAddress.of(request));
        return new LoginResponse(token.token(), "Bearer", token.expiresIn(), token.role());
    }

    /** Fields are optional here so that a missing one is answered field by field (422), not as unreadable JSON. */
    @Serdeable
    public record LoginRequest(@Nullable String username, @Nullable @Schema(format = "password") String password) {

        @Override
        public String toString() {
            return "LoginRequest[username=" + username + "]"; // never the password
        }
    }

    @Serdeable
    public record LoginResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            Role role) {
    }
}
