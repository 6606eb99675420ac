package org.stancetracker.api.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a piece of evidence was read: enough to open the article. Its title and URL are in the answer's
 * {@code articles}, once per article (see {@link ArticleCitation}).
 */
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

        @Schema(examples = "files") String source,

        @Schema(description = "Publication day", examples = "2018-09-17")
        String published) {}
