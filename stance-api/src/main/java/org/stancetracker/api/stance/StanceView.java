package org.stancetracker.api.stance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stancetracker.api.evidence.EvidenceView;

/** A stance with its lead evidence and source article, and every finding that shows it. */
@Schema(name = "Stance", description = "A stance with its lead evidence, its source article and all its findings")
public record StanceView(
        @Schema(examples = "idlib") String topic,

        @Schema(description = "day, month or unknown", examples = "day")
        String datePrecision,

        @Schema(description = "The lead evidence: the first in the text")
        EvidenceView evidence,

        List<FindingView> findings) {}
