package org.stationconfig.station.tags;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.stationconfig.api.Problem;
import org.stationconfig.api.ProblemException;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.i18n.Text;

/** Learn mode for local tags (issue 14): capture the next presented tag, then add it with a name. */
@Controller("/api/v1/local-tag-learning")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Local tags")
public class TagLearningController {

    private final TagLearning learning;
    private final AuditLog audit;

    public TagLearningController(TagLearning learning, AuditLog audit) {
        this.learning = learning;
        this.audit = audit;
    }

    @Get
    @Operation(operationId = "getTagLearning", summary = "Whether learn mode is on, and the tag it captured",
            description = "captured stays until learn mode is started again or switched off; known says the tag "
                    + "already is a local tag. A capture is also announced on the live events as localTagCaptured.")
    public TagLearning.State state() {
        return learning.state();
    }

    @Post
    @Operation(operationId = "startTagLearning", summary = "Switch learn mode on",
            description = "For seconds (1 to 120, default 120) the next tag presented at any reader is captured and "
                    + "does nothing else: it neither starts nor stops charging. The capture ends learn mode.")
    @ApiResponse(responseCode = "422", description = "seconds out of range; learn mode unchanged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TagLearning.State start(@Body LearnRequest body, Authentication authentication) {
        long seconds = body.seconds() == null ? TagLearning.LONGEST.toSeconds() : body.seconds();
        if (seconds < 1 || seconds > TagLearning.LONGEST.toSeconds()) {
            throw ProblemException.invalid(Text.of("localTag.learning.notStarted"), List.of(new FieldText("seconds",
                    Text.of("localTag.learning.seconds", TagLearning.LONGEST.toSeconds()))));
        }
        Actor actor = Actor.of(authentication);
        TagLearning.State state = learning.start(Duration.ofSeconds(seconds));
        audit.record(actor.source(), actor.name(), Category.LOCAL_TAG, "LOCAL_TAG_LEARNING",
                "Learn mode on for " + seconds + " s");
        return state;
    }

    @Delete
    @Operation(operationId = "stopTagLearning", summary = "Switch learn mode off and forget the captured tag")
    public TagLearning.State stop(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        TagLearning.State state = learning.stop();
        audit.record(actor.source(), actor.name(), Category.LOCAL_TAG, "LOCAL_TAG_LEARNING", "Learn mode off");
        return state;
    }

    /** @param seconds how long to wait for a tag; absent: 120 */
    @Serdeable
    public record LearnRequest(@Nullable Long seconds) {
    }
}
