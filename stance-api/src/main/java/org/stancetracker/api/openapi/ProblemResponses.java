package org.stancetracker.api.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.stancetracker.api.problem.Problem;

/**
 * Every error response in the OpenAPI document is an {@code application/problem+json}
 * {@link Problem}, as every error the API answers is. Endpoints list the errors they can give, with
 * what each means for them; this gives each its body, and every operation its 500 and 503, so that no
 * endpoint can document an error with another shape or forget that one.
 */
public class ProblemResponses implements OASFilter {
    static final String SCHEMA_NAME = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA_NAME, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(path -> path.getOperations().values().forEach(ProblemResponses::documentErrors));
    }

    private static void documentErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse(
                    "500", OASFactory.createAPIResponse().description("The server failed; the failure is logged"));
        }
        if (!responses.hasAPIResponse("400")) {
            // KnownParametersOnly: a query parameter the endpoint does not take is refused, on every endpoint.
            responses.addAPIResponse(
                    "400", OASFactory.createAPIResponse().description("A query parameter this endpoint does not take"));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse(
                    "503",
                    OASFactory.createAPIResponse()
                            .description(
                                    "The database is away (stopped, restarting, unreachable, or out of connections); "
                                            + "try again after the Retry-After header's seconds"));
        }
        for (Map.Entry<String, APIResponse> response :
                responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMA_NAME)));
    }

    /** The shape of {@link Problem}, RFC 9457 with the parameter at fault. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail, the body of every error response")
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .addRequired("detail")
                .addProperty(
                        "type",
                        text(
                                "A stable URI naming the kind of problem, for clients to switch on",
                                "/problems/invalid-parameter"))
                .addProperty("title", text("The kind of problem, for people", "Invalid parameter"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(java.util.List.of(Schema.SchemaType.INTEGER))
                                .description("The HTTP status")
                                .example(400))
                .addProperty(
                        "detail",
                        text(
                                "What was wrong with this request",
                                "from must lie between 1900-01-01 and 2100-12-31, was '+999999999-12-31'"))
                .addProperty(
                        "parameter",
                        text(
                                "The query parameter, path segment, body field or header at fault, where there is one",
                                "from"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.STRING))
                .description(description)
                .example(example);
    }
}
