package org.stancetracker.api.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stance as evidence: who said what, quoted, when, where it was read, and how sure the extractor was. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Evidence", description = "A stance found in an article, with the words that show it")
public record EvidenceView(
        @Schema(examples = "42") long stanceId,
        @Schema(examples = "RUS") String actor,
        @Schema(examples = "offensive") String position,
        @Schema(examples = "oppose") String polarity,

        @Schema(
                description = "The sentence or clause that shows the stance",
                examples =
                        "Russian Defence Minister Sergei Shoigu told reporters that there would be no offensive on Idlib.")
        String quote,

        @Schema(description = "Offset of the quote in the article text (UTF-16 code units), inclusive")
        int start,

        @Schema(description = "Offset of the end of the quote, exclusive")
        int end,

        @Schema(description = "When the stance was taken; null when the article does not tell", examples = "2018-09-17")
        String date,

        @Schema(examples = "0.8") double confidence,
        @Schema(examples = "statements") String extractor,
        ArticleRef article) {}
