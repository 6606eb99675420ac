package org.stancetracker.api.shift;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stancetracker.api.evidence.EvidenceView;

/**
 * A change of an actor's prevailing stance on a position: from one stance to the other, on the
 * day of the first evidence of the new one, with the evidence on both sides and how many articles
 * held each side.
 */
@Schema(name = "Shift", description = "A change of an actor's prevailing stance on a position")
public record Shift(
        @Schema(examples = "RUS") String actor,
        @Schema(examples = "offensive") String position,

        @Schema(description = "The stance before", examples = "support")
        String from,

        @Schema(description = "The stance after", examples = "oppose")
        String to,

        @Schema(description = "The last day the earlier stance was reported", examples = "2018-09-04")
        String previousDate,

        @Schema(description = "The day of the first evidence of the new stance", examples = "2018-09-17")
        String date,

        @Schema(description = "The evidence of the earlier stance, on its last day")
        List<EvidenceView> before,

        @Schema(description = "The evidence of the new stance, on its first day")
        List<EvidenceView> after,

        @Schema(description = "Articles that held the earlier stance, over its run of days", examples = "4")
        long articlesBefore,

        @Schema(
                description = "Articles that hold the new stance, over its run of days until it changes again",
                examples = "3")
        long articlesAfter) {}
