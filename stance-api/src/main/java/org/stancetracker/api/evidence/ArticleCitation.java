package org.stancetracker.api.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How to cite an article: its title and address. An answer carries each cited article's once, in a
 * map by article id beside its evidence, not in every piece of evidence: one long title repeated in
 * each of 200 stances made a page of stances 85 MB.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ArticleCitation", description = "Title and address of an article that evidence in this answer cites")
public record ArticleCitation(
        @Schema(examples = "Putin and Erdogan agree Idlib buffer zone; Russia says no new offensive")
        String title,

        @Schema(examples = "https://example.org/news/2018/09/17/sochi-idlib-deal")
        String url) {

    /** The citations of the articles the shown evidence comes from, by article id, out of all those read. */
    public static SortedMap<Long, ArticleCitation> of(Map<Long, ArticleCitation> read, Collection<EvidenceView> shown) {
        SortedMap<Long, ArticleCitation> cited = new TreeMap<>();
        for (EvidenceView evidence : shown) {
            long article = evidence.article().id();
            ArticleCitation citation = read.get(article);
            if (citation != null) {
                cited.put(article, citation);
            }
        }
        return cited;
    }
}
