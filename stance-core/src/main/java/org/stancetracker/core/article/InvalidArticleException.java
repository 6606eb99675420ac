package org.stancetracker.core.article;

/**
 * An article field that the tracker refuses to store, and which field it is, so that the API can
 * answer 400 naming it and the loader can reject the record with its line and reason.
 */
public final class InvalidArticleException extends IllegalArgumentException {
    private final String field;

    public InvalidArticleException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    /** The field at fault, as the API and the input formats name it: text, id, source, title, url, published. */
    public String field() {
        return field;
    }
}
