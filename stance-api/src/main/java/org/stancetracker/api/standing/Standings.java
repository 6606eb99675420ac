package org.stancetracker.api.standing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stancetracker.api.evidence.EvidenceView;

/** Where each actor stood on each position of a topic as of a date. */
@Schema(name = "Standings")
public record Standings(
        @Schema(examples = "idlib") String topic,

        @Schema(description = "The date asked for", examples = "2018-09-30")
        String date,

        List<Standing> standings,

        @Schema(description = "Title and URL of each article the evidence cites, by article id")
        java.util.SortedMap<Long, org.stancetracker.api.evidence.ArticleCitation> articles) {

    /** One actor's latest stance on one position up to the date. */
    @Schema(name = "Standing")
    public record Standing(
            @Schema(examples = "RUS") String actor,
            @Schema(examples = "offensive") String position,

            @Schema(description = "support, oppose or mixed", examples = "oppose")
            String stance,

            @Schema(description = "The last day with stances up to the date", examples = "2018-09-17")
            String since,

            long support,
            long oppose,

            @Schema(description = "Confidence-weighted net score of that day, in [-1, 1]", examples = "-1.0")
            double net,

            @Schema(description = "The stances of that day, most confident first")
            List<EvidenceView> evidence) {}
}
