package org.stancetracker.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpiVersionTest {
    /** The build writes stance.spi.version into every plugin's manifest; the loader checks it against the code. */
    @Test
    void the_build_declares_the_spi_version_of_the_code() {
        assertThat(System.getProperty("stance.spi.version")).isEqualTo(SpiVersion.MAJOR + "." + SpiVersion.MINOR);
    }
}
