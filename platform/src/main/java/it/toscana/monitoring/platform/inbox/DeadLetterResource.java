package it.toscana.monitoring.platform.inbox;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import it.toscana.monitoring.platform.openapi.BearerSecurity;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.Problems;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.QueryValues;
import it.toscana.monitoring.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The events this service's consumers parked after their retries (see {@link EventStreamConsumer}), for
 * region-admin to read and to replay once the cause is fixed. Reads too need the role: parked records
 * carry raw payloads and errors.
 */
@Path("/api/v1/admin/dead-letters")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private static final Duration REPLAY_WAIT = Duration.ofSeconds(30);

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventConsumers consumers;

    @Inject
    SecurityIdentity identity;

    @GET
    @SecurityRequirement(name = BearerSecurity.SCHEME, scopes = Roles.REGION_ADMIN)
    @Operation(operationId = "listDeadLetters", summary = "Events parked because they could not be applied (region-admin)")
    @APIResponse(responseCode = "200", description = "A page of parked events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetters.Parked.class)),
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@QueryParam("includeReplayed")
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String includeReplayed,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        Response refused = refuseUnlessRegionAdmin(uri);
        if (refused != null) {
            return refused;
        }
        return deadLetters.page(QueryValues.flag("includeReplayed", includeReplayed), page).toResponse(uri);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayDeadLetter", summary = "Apply a parked event again (region-admin)",
            description = "Applied in its consumer's thread, as if it had just arrived: a version older than what was "
                    + "applied since is ignored. If it fails again it stays parked with the new error (422).")
    @APIResponse(responseCode = "200", description = "Applied (or stale by now); no longer parked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetters.Parked.class)))
    @APIResponse(responseCode = "404", description = "No parked event with this id")
    @APIResponse(responseCode = "422", description = "It failed again; it stays parked with the error")
    public Response replay(@PathParam("id") long id, @Context UriInfo uri) throws InterruptedException {
        Response refused = refuseUnlessRegionAdmin(uri);
        if (refused != null) {
            return refused;
        }
        DeadLetters.Parked parked = deadLetters.find(id)
                .orElseThrow(() -> ProblemException.notFound("No parked event with id " + id + "."));
        EventStreamConsumer consumer = consumers.byGroup(parked.consumerGroup())
                .orElseThrow(() -> ProblemException.conflict("Consumer group " + parked.consumerGroup()
                        + " does not run in this service."));
        String error;
        try {
            error = consumer.replay(parked).get(REPLAY_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw ProblemException.conflict("The consumer did not replay the event within " + REPLAY_WAIT.toSeconds()
                    + " s; it stays parked.");
        }
        if (error != null) {
            throw ProblemException.unprocessable("The event failed again and stays parked: " + error);
        }
        return Response.ok(deadLetters.find(id).orElseThrow()).build();
    }

    private Response refuseUnlessRegionAdmin(UriInfo uri) {
        String path = uri.getPath();
        if (identity.isAnonymous()) {
            return Problems.unauthorized(path, "Parked events need a bearer token (Authorization: Bearer <JWT>).");
        }
        return identity.hasRole(Roles.REGION_ADMIN) ? null
                : Problems.forbidden(path, "Only region-admin may read or replay parked events.");
    }
}
