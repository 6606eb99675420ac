package org.stancetracker.db.store;

/** What storing one article did. */
public enum StoreOutcome {
    /** New article, stored with its stances. */
    STORED,
    /** The same text was already stored (under this key or another): nothing written. */
    ALREADY_PRESENT,
    /** The key is stored with a different text: nothing written, to be reported, never overwritten. */
    CHANGED_TEXT
}
