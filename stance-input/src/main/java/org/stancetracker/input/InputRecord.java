package org.stancetracker.input;

import org.stancetracker.core.article.Article;

/**
 * One record of an input, numbered from 0 in the order the input holds them: an article, or why
 * there is none. The number is how a resumed load knows where it stopped; {@link #WHOLE_INPUT} marks
 * a rejection of the input as such (a missing header), which moves no progress mark.
 */
public sealed interface InputRecord permits InputRecord.Read, InputRecord.Rejected {
    long WHOLE_INPUT = -1;

    long ordinal();

    /**
     * An article read whole, and where it was read: the file, with the line or row where the file holds
     * many records; what a rejection by the database is reported at.
     */
    record Read(long ordinal, String location, Article article) implements InputRecord {}

    /** A record that could not be read into an article. */
    record Rejected(long ordinal, Rejection rejection) implements InputRecord {}
}
