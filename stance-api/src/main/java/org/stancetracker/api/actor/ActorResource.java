package org.stancetracker.api.actor;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancetracker.api.problem.ProblemException;
import org.stancetracker.api.request.RequestParameters;

/** {@code GET /api/actors} and {@code GET /api/actors/{code}}. */
@Path("/api/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "Countries and organisations, with aliases and dated roles")
public class ActorResource {
    private final RequestParameters parameters;

    public ActorResource(RequestParameters parameters) {
        this.parameters = parameters;
    }

    @GET
    @Operation(
            summary = "All actors",
            description = "Every actor the tracker knows, with aliases and the people who spoke for it, by date.")
    public List<ActorView> actors() {
        return ActorEntity.<ActorEntity>listAll(Sort.by("code")).stream()
                .map(ActorView::of)
                .toList();
    }

    @GET
    @Path("/{code}")
    @Operation(
            summary = "One actor",
            description = "An actor by its code (ISO 3166 alpha-3 for states); 404 for an unknown code.")
    @APIResponse(responseCode = "200", description = "The actor")
    @APIResponse(responseCode = "404", description = "No such actor")
    public ActorView actor(@Parameter(description = "Actor code", example = "RUS") @PathParam("code") String code) {
        // Checked against the codes in memory first: a made-up code (one holding NUL, which
        // PostgreSQL refuses outright) never reaches a query.
        ActorEntity found = ActorEntity.findById(parameters.knownActor("code", code));
        if (found == null) {
            throw ProblemException.notFound("actor", "code", code);
        }
        return ActorView.of(found);
    }
}
