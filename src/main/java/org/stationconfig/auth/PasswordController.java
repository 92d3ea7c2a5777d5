package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who may call what is decided by {@link ApiAccessRule}; these handlers only need an authenticated user. */
@Tag(name = "Access")
@SecurityRequirement(name = LoginController.BEARER)
@Controller("/api/v1/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING) // Argon2 and SQLite must not run on the event loop
public class PasswordController {

    private final Passwords passwords;

    public PasswordController(Passwords passwords) {
        this.passwords = passwords;
    }

    @Post("/me/password")
    @Operation(operationId = "changeOwnPassword", summary = "Change your own password",
            description = "Needs the current password. Not available to temporary installer access. Every token "
                    + "issued for the account before the change, this one included, stops working: log in again.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "422", description = "The new password is too short, or the current one is wrong")
    @ApiResponse(responseCode = "429", description = "Too many wrong passwords; see the Retry-After header")
    public HttpResponse<Void> changeOwn(@Body OwnPasswordChange body, Authentication authentication,
                                        HttpRequest<?> request) {
        passwords.changeOwn(authentication.getName(), body.currentPassword(), body.newPassword(),
                ClientAddress.of(request));
        return HttpResponse.noContent();
    }

    @Put("/{name}/password")
    @Operation(operationId = "setPassword", summary = "Set the password of an account (service)",
            description = "For the accounts owner, installer and service, e.g. when the owner lost the password. "
                    + "Setting your own password this way needs currentPassword, as a change of your own does. "
                    + "Every token issued for the account before the change stops working.")
    @ApiResponse(responseCode = "204", description = "Set")
    @ApiResponse(responseCode = "404", description = "No such account")
    @ApiResponse(responseCode = "422", description = "The new password is too short, or (own account) the current "
            + "one is missing or wrong")
    @ApiResponse(responseCode = "429", description = "Too many wrong passwords; see the Retry-After header")
    public HttpResponse<Void> set(@PathVariable String name, @Body PasswordSet body, Authentication authentication,
                                  HttpRequest<?> request) {
        passwords.set(authentication.getName(), name, body.currentPassword(), body.newPassword(),
                ClientAddress.of(request));
        return HttpResponse.noContent();
    }

    @Serdeable
    public record OwnPasswordChange(@Nullable @Schema(format = "password") String currentPassword,
                                    @Nullable @Schema(format = "password") String newPassword) {

        @Override
        public String toString() {
            return "OwnPasswordChange[masked]";
        }
    }

    @Serdeable
    public record PasswordSet(@Nullable @Schema(format = "password") String newPassword,
                              @Nullable @Schema(format = "password",
                                      description = "Required when setting your own password") String currentPassword) {

        @Override
        public String toString() {
            return "PasswordSet[masked]";
        }
    }
}
