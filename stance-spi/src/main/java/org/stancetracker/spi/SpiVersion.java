package org.stancetracker.spi;

/**
 * The version of this SPI. A plugin built against another major version is refused at load time;
 * a minor version only adds.
 *
 * @since 1.0
 */
public final class SpiVersion {
    /** Bumped when a change breaks plugins built against the previous one. */
    public static final int MAJOR = 1;
    /** Bumped when the SPI gains something that older plugins may ignore. */
    public static final int MINOR = 0;

    private SpiVersion() {
    }
}
