package org.stationconfig.certificates.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
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
import java.util.Arrays;
import java.util.List;
import org.stationconfig.api.ProblemException;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.LoginController;
import org.stationconfig.certificates.CertificateRefusedException;
import org.stationconfig.certificates.KeyType;
import org.stationconfig.certificates.store.PendingKeys;
import org.stationconfig.i18n.Text;

/** The station makes its key pair and a CSR; the private key stays on the station (SPEC §6). */
@Tag(name = "Certificates")
@SecurityRequirement(name = LoginController.BEARER)
@Controller("/api/v1/certificates/csr")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING) // key generation takes a moment
public class SigningRequestController {

    private final PendingKeys pendingKeys;

    public SigningRequestController(PendingKeys pendingKeys) {
        this.pendingKeys = pendingKeys;
    }

    /** @param keyType EC_P256 (default) or RSA_2048 */
    @Serdeable
    @Schema(name = "SigningRequestOrder")
    public record Order(@Nullable String keyType) {
    }

    /** The PKCS#10 request in PEM, to be signed by the CPO's CA and uploaded as ChargePointCertificate without key. */
    @Serdeable
    @Schema(name = "SigningRequest")
    public record Created(String csr, String keyType, String subject) {
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createSigningRequest", summary = "Make a station key pair and its CSR",
            description = "Subject CN = the station's serial number, O = CpoName. Upload the signed certificate as "
                    + "ChargePointCertificate without a key: it is paired with the key made here.")
    @ApiResponse(responseCode = "201", description = "The CSR in PEM")
    @ApiResponse(responseCode = "409", description = "CpoName or the serial number is not set")
    @ApiResponse(responseCode = "422", description = "Unknown keyType")
    public Created create(@Body @Nullable Order order, Authentication authentication) {
        KeyType keyType = keyType(order == null ? null : order.keyType());
        try {
            PendingKeys.Request request = pendingKeys.create(keyType, Actor.of(authentication));
            return new Created(request.signingRequest().pem(), keyType.name(), request.signingRequest().subject().toString());
        } catch (CertificateRefusedException refused) {
            throw CertificateProblems.refused(Text.of("certificate.noSigningRequest.title"), List.of(refused.refusal()));
        }
    }

    private static KeyType keyType(String name) {
        if (name == null || name.isBlank()) {
            return KeyType.DEFAULT;
        }
        return Arrays.stream(KeyType.values()).filter(t -> t.name().equals(name.strip())).findFirst()
                .orElseThrow(() -> ProblemException.of(HttpStatus.UNPROCESSABLE_ENTITY, Text.of("certificate.keyType.title"),
                        Text.of("certificate.keyType.detail", Arrays.toString(KeyType.values()))));
    }
}
