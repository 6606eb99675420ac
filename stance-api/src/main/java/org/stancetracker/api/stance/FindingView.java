package org.stancetracker.api.stance;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One extractor's finding of a stance: its own quote, offsets, date and confidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Finding", description = "One extractor's evidence for a stance")
public record FindingView(
        @Schema(examples = "quotes") String extractor,
        @Schema(examples = "1.0.0") String version,
        String quote,

        @Schema(description = "Offset in the article text, inclusive")
        int start,

        @Schema(description = "Offset in the article text, exclusive")
        int end,

        @Schema(examples = "2018-09-17") String date,

        @Schema(description = "day, month or unknown", examples = "day")
        String datePrecision,

        @Schema(examples = "0.9") double confidence) {}
