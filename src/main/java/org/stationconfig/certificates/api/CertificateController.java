package org.stationconfig.certificates.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import org.stationconfig.api.ProblemException;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.LoginController;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.certificates.manage.CertificateRemoval;
import org.stationconfig.certificates.manage.InstallOutcome;
import org.stationconfig.certificates.manage.RemovalOutcome;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.PermissionMatrix;

/** The certificate store for the app (SPEC §6); who may call what is the access table's decision. */
@Tag(name = "Certificates")
@SecurityRequirement(name = LoginController.BEARER)
@Controller("/api/v1/certificates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING) // Bouncy Castle, key generation and SQLite must not run on the event loop
public class CertificateController {

    private static final String USES = String.join(", ", Arrays.stream(CertificateUse.values())
            .map(CertificateUse::ocppName).toList());

    private final CertificateInstallation installation;
    private final CertificateRemoval removal;
    private final CertificateViews views;
    private final PermissionMatrix permissions;

    public CertificateController(CertificateInstallation installation, CertificateRemoval removal, CertificateViews views,
                                 PermissionMatrix permissions) {
        this.permissions = permissions;
        this.installation = installation;
        this.removal = removal;
        this.views = views;
    }

    @Get
    @Operation(operationId = "listCertificates", summary = "List installed certificates",
            description = "Oldest first, with OCPP hash data, validity, which are in use and warnings (e.g. expires soon); "
                    + "permissions says per use whether the caller may add and delete certificates of it.")
    public CertificateList list(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return new CertificateList(views.all(), Arrays.stream(CertificateUse.values()).map(use -> {
            boolean allowed = permissions.refusal(actor, use) == null;
            return new CertificateList.UsePermission(use.ocppName(), allowed, allowed);
        }).toList());
    }

    @Get("/{id}")
    @Operation(operationId = "getCertificate", summary = "One installed certificate")
    @ApiResponse(responseCode = "404", description = "No such certificate")
    public CertificateView get(@PathVariable long id) {
        return views.all().stream().filter(v -> v.id() == id).findFirst().orElseThrow(CertificateProblems::notFound);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "uploadCertificate", summary = "Install a certificate from the phone",
            description = "multipart/form-data: use (CentralSystemRootCertificate, ManufacturerRootCertificate or "
                    + "ChargePointCertificate), file (PEM or DER, one certificate or a chain, PKCS#7, or PKCS#12), "
                    + "optional key (PEM PKCS#8, encrypted PKCS#8, SEC1, PKCS#1) and password (for the PKCS#12 file or "
                    + "an encrypted key). A ChargePointCertificate without key is paired with the key of the station's "
                    + "own CSR. Nothing is stored when anything is refused; errors[].key names each reason.")
    @ApiResponse(responseCode = "201", description = "Installed; warnings say e.g. that it expires soon")
    @ApiResponse(responseCode = "403", description = "The caller may not install certificates of this use")
    @ApiResponse(responseCode = "409", description = "Already installed, or the root store is full")
    @ApiResponse(responseCode = "413", description = "The file is larger than a certificate can be")
    @ApiResponse(responseCode = "422", description = "Refused: not a certificate, expired, weak key, wrong password, ...")
    public CertificateView upload(@Part("use") @Nullable String use, @Part("file") @Nullable byte[] file,
                                  @Part("key") @Nullable byte[] key, @Part("password") @Nullable String password,
                                  Authentication authentication) {
        if (use == null || use.isBlank()) {
            throw CertificateProblems.badRequest(Text.of("certificate.useMissing", USES));
        }
        CertificateUse certificateUse = CertificateUse.fromOcppName(use.strip()).orElseThrow(() ->
                ProblemException.of(HttpStatus.UNPROCESSABLE_ENTITY, Text.of("certificate.unknownUse.title"),
                        Text.of("certificate.unknownUse.detail", USES)));
        if (file == null) {
            throw CertificateProblems.badRequest(Text.of("certificate.fileMissing"));
        }
        char[] secret = password == null || password.isEmpty() ? null : password.toCharArray();
        InstallOutcome outcome = installation.upload(certificateUse, file, key, secret, Actor.of(authentication));
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
        if (!outcome.accepted()) {
            throw CertificateProblems.refused(Text.of("certificate.refused.title"), outcome.refusals());
        }
        return views.of(outcome.installed(), outcome.verdict().warnings());
    }

    @Delete("/{id}")
    @Operation(operationId = "deleteCertificate", summary = "Delete an installed certificate",
            description = "The root the connection relies on and the station certificate in use cannot be deleted.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "The caller may not delete certificates of this use")
    @ApiResponse(responseCode = "404", description = "No such certificate")
    @ApiResponse(responseCode = "409", description = "In use; the detail says why")
    public HttpResponse<Void> delete(@PathVariable long id, Authentication authentication) {
        RemovalOutcome outcome = removal.remove(id, Actor.of(authentication));
        return switch (outcome) {
            case DELETED -> HttpResponse.noContent();
            case NOT_FOUND -> throw CertificateProblems.notFound();
            case NOT_PERMITTED -> throw ProblemException.of(HttpStatus.FORBIDDEN, Text.of("problem.forbidden.title"),
                    Text.of("certificate.removal." + outcome.name()));
            default -> throw ProblemException.of(HttpStatus.CONFLICT, Text.of("certificate.inUse.title"),
                    Text.of("certificate.removal." + outcome.name()));
        };
    }
}
