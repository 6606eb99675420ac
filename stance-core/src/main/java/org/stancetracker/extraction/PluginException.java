package org.stancetracker.extraction;

/** An extractor plugin cannot be loaded; the message names the jar and the reason. */
public final class PluginException extends RuntimeException {
    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
