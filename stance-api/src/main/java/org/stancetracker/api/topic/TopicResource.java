package org.stancetracker.api.topic;

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

/** {@code GET /api/topics} and {@code GET /api/topics/{topic}}: the tracked issues and their positions. */
@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "The tracked issues and the positions on them")
public class TopicResource {
    private final RequestParameters parameters;

    public TopicResource(RequestParameters parameters) {
        this.parameters = parameters;
    }

    @GET
    @Operation(
            summary = "All topics",
            description = "Every tracked topic with its positions, as in the reference data.")
    public List<TopicView> topics() {
        return TopicEntity.<TopicEntity>listAll(io.quarkus.panache.common.Sort.by("id")).stream()
                .map(TopicView::of)
                .toList();
    }

    @GET
    @Path("/{topic}")
    @Operation(summary = "One topic", description = "A topic with its positions; 404 for an unknown topic.")
    @APIResponse(responseCode = "200", description = "The topic")
    @APIResponse(responseCode = "404", description = "No such topic")
    public TopicView topic(@Parameter(description = "Topic id", example = "idlib") @PathParam("topic") String topic) {
        // Checked against the ids in memory first: a made-up id (one holding NUL, which PostgreSQL
        // refuses outright) never reaches a query.
        TopicEntity found = TopicEntity.findById(parameters.knownTopic(topic));
        if (found == null) {
            throw ProblemException.notFound("topic", "topic", topic);
        }
        return TopicView.of(found);
    }
}
