package org.stancetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractorSetupTest {
    private static final Path HOME = Path.of("/srv/stance");

    @Test
    void the_plugins_are_under_stance_home_unless_another_directory_is_named() {
        assertThat(ExtractorSetup.of(HOME, Optional.empty(), Map.of()).pluginDirectory())
                .isEqualTo(Path.of("/srv/stance/plugins"));
        assertThat(ExtractorSetup.of(HOME, Optional.of(Path.of("/opt/mine")), Map.of())
                        .pluginDirectory())
                .isEqualTo(Path.of("/opt/mine"));
    }

    @Test
    void settings_are_grouped_by_extractor_and_a_key_may_hold_dots() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("warnings.confidence", "0.7");
        given.put("warnings.harms", "massacre,catastrophe");
        given.put("statements.model.path", "/models/a.bin");
        assertThat(ExtractorSetup.of(HOME, Optional.empty(), given).settings())
                .isEqualTo(Map.of(
                        "warnings", Map.of("confidence", "0.7", "harms", "massacre,catastrophe"),
                        "statements", Map.of("model.path", "/models/a.bin")));
    }

    @Test
    void a_setting_that_does_not_name_the_extractor_and_the_key_is_refused_naming_it() {
        for (String bad : new String[] {"confidence", ".confidence", "warnings."}) {
            assertThatThrownBy(() -> ExtractorSetup.of(HOME, Optional.empty(), Map.of(bad, "0.7")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(bad + "=0.7 must name the extractor and the key, as NAME.KEY=VALUE");
        }
    }
}
