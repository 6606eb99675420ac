package org.stancetracker.core.stance;

import org.stancetracker.spi.internal.Require;

/** Which extractor, in which version, produced a stance. */
public record ExtractorRef(String name, String version) {
    public ExtractorRef {
        Require.text(name, "extractor name");
        Require.text(version, "extractor version");
    }
}
