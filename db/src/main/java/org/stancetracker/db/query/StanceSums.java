package org.stancetracker.db.query;

/**
 * Stances summed as stance_tally sums them: support and oppose counts, and their confidences in
 * integer millionths (so that sums of many stances are exact, and a period summed from its stances
 * equals its tally to the last digit). Every reader that sums stances (the timeline by day, the
 * parts of a period a date range cuts, the standings) uses these columns, and
 * {@code StanceSumsTest} holds them to the tallies the database keeps.
 */
public final class StanceSums {
    /**
     * The select-list items that sum a group of stances, named as stance_tally's columns and in the
     * order of {@link #TALLY_COLUMNS}. They read {@code polarity} and {@code confidence} unqualified,
     * so the query must read one stance table.
     */
    public static final String OF_STANCES = """
            count(*) FILTER (WHERE polarity = 'support') AS support,
            count(*) FILTER (WHERE polarity = 'oppose') AS oppose,
            coalesce(sum(round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'support'), 0)::bigint AS support_weight,
            coalesce(sum(round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'oppose'), 0)::bigint AS oppose_weight""";

    /** stance_tally's sum columns, which {@link #OF_STANCES} names alike. */
    public static final String TALLY_COLUMNS = "support, oppose, support_weight, oppose_weight";

    private StanceSums() {}
}
