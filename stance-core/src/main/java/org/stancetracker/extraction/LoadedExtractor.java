package org.stancetracker.extraction;

import org.stancetracker.core.stance.ExtractorRef;
import org.stancetracker.spi.Extractor;

/**
 * An extractor ready to run, with where it came from.
 *
 * @param origin the jar or class path entry its factory was loaded from, for messages and listings
 */
public record LoadedExtractor(ExtractorRef ref, Extractor extractor, String origin) {
    /** Which extractor, in which version, from where: "statements 1.2 from plugins/statements.jar". */
    public String description() {
        return ref.name() + " " + ref.version() + " from " + origin;
    }
}
