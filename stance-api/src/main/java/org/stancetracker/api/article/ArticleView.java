package org.stancetracker.api.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stancetracker.api.stance.StanceView;

/** A stored article, its text and every stance found in it, with evidence offsets into that text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Article", description = "A stored article with its stances; evidence offsets index its text")
public record ArticleView(
        @Schema(examples = "3") long id,
        @Schema(examples = "files") String source,

        @Schema(description = "The id the article had where it came from", examples = "r02_sochi-no-offensive.txt")
        String externalId,

        @Schema(examples = "Putin and Erdogan agree Idlib buffer zone; Russia says no new offensive")
        String title,

        @Schema(examples = "https://example.org/news/2018/09/17/sochi-idlib-deal")
        String url,

        @Schema(examples = "2018-09-17") String published,
        String text,
        List<StanceView> stances) {}
