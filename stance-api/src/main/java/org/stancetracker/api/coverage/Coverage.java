package org.stancetracker.api.coverage;

import java.util.List;
import java.util.SortedMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many articles about a topic were read in each period, and from which sources. */
@Schema(name = "Coverage")
public record Coverage(
        @Schema(examples = "idlib") String topic,
        @Schema(examples = "month") String granularity,

        @Schema(description = "The periods with at least one article about the topic, in order")
        List<Period> periods,

        @Schema(description = "Articles about the topic with no publication day", examples = "3")
        long undated) {

    /** One period's articles about the topic. */
    @Schema(name = "CoveragePeriod")
    public record Period(
            @Schema(description = "The period's first day", examples = "2018-09-01")
            String period,

            @Schema(examples = "12") long articles,

            @Schema(description = "Articles by source") SortedMap<String, Long> sources) {}
}
