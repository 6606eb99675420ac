package org.stancetracker.api.shift;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shifts of a topic, in order of actor, position and date. */
@Schema(name = "Shifts")
public record Shifts(
        @Schema(examples = "idlib") String topic,
        List<Shift> shifts,

        @Schema(description = "Title and URL of each article the evidence cites, by article id")
        java.util.SortedMap<Long, org.stancetracker.api.evidence.ArticleCitation> articles) {}
