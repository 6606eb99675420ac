package org.stancetracker.api.request;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every stance answer takes to choose which readings count: the sources, the
 * extractor and the least confidence. One declaration for the stances, timeline, standings and shifts.
 */
public class ReadByParameters {
    @Parameter(
            description = "Only stances read in articles of these sources (repeat, or separate with commas)",
            example = "guardian")
    @QueryParam("source")
    List<String> source;

    @Parameter(description = "Only stances this extractor found", example = "statements")
    @QueryParam("extractor")
    String extractor;

    @Parameter(description = "Only stances at least this confident, 0 to 1", example = "0.6")
    @QueryParam("min_confidence")
    String minConfidence;

    /** The values, checked: a 400 problem naming the parameter at fault. */
    public RequestParameters.ReadBy checked() {
        return RequestParameters.readBy(source, extractor, minConfidence);
    }
}
