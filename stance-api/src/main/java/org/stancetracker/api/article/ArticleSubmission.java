package org.stancetracker.api.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article sent to {@code POST /api/articles}. */
@Schema(name = "ArticleSubmission", description = "An article to store and extract at once")
public record ArticleSubmission(
        @Schema(
                description = "Its id where it comes from; default: derived from the text",
                examples = "reuters-2018-09-17-001")
        String id,

        @Schema(description = "Where it comes from; default api", examples = "reuters")
        String source,

        @Schema(examples = "Putin and Erdogan agree Idlib buffer zone")
        String title,

        @Schema(examples = "https://example.org/news/2018/09/17/sochi-idlib-deal")
        String url,

        @Schema(description = "Publication day (YYYY-MM-DD or an ISO date-time)", examples = "2018-09-17")
        String published,

        @Schema(
                required = true,
                description = "The article's text, up to the configured limit (default 5 MB)",
                examples = "Russian Defence Minister Sergei Shoigu said there would be no offensive on Idlib.")
        String text) {}
