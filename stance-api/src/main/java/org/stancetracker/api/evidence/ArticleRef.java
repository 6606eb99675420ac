package org.stancetracker.api.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a piece of evidence was read: enough to cite the article and to open it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ArticleRef", description = "The source article of a piece of evidence")
public record ArticleRef(
        @Schema(description = "Id for GET /api/articles/{id}", examples = "3")
        long id,

        @Schema(
                description =
                        "Its id where it came from (file name, feed id); with source, for GET /api/articles/{source}/{externalId}",
                examples = "r02_sochi-no-offensive.txt")
        String externalId,

        @Schema(examples = "Putin and Erdogan agree Idlib buffer zone; Russia says no new offensive")
        String title,

        @Schema(examples = "files") String source,

        @Schema(examples = "https://example.org/news/2018/09/17/sochi-idlib-deal")
        String url,

        @Schema(description = "Publication day", examples = "2018-09-17")
        String published) {}
