package org.stancetracker.api.stance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of stances, newest first, and how many match in all. */
@Schema(name = "StancePage")
public record StancePage(
        @Schema(description = "Stances matching the filters, on all pages", examples = "126")
        long total,

        @Schema(description = "This page, from 1", examples = "1")
        int page,

        @Schema(examples = "50") int size,
        List<StanceView> items,

        @Schema(description = "Title and URL of each article the items cite, by article id")
        java.util.SortedMap<Long, org.stancetracker.api.evidence.ArticleCitation> articles) {}
