package org.stancetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ApiSettings} holds the defaults itself: with nothing configured, each setting has its documented value. */
class ApiSettingsTest {
    @Test
    void with_nothing_configured_every_setting_has_its_default() {
        ApiSettings settings = settings(Map.of());
        assertThat(settings.keys()).isEmpty();
        assertThat(settings.maxArticleChars()).isEqualTo(5_000_000);
        assertThat(settings.cache().maxBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(settings.cache().versionCheckMs()).isEqualTo(250);
        assertThat(settings.gzip().minBytes()).isEqualTo(8192);
    }

    @Test
    void configured_values_are_read_by_their_property_names() {
        ApiSettings settings = settings(Map.of(
                "stance.api.keys",
                "one,two",
                "stance.api.max-article-chars",
                "10",
                "stance.api.cache.max-bytes",
                "0",
                "stance.api.cache.version-check-ms",
                "5",
                "stance.api.gzip.min-bytes",
                "1024"));
        assertThat(settings.keys()).contains(List.of("one", "two"));
        assertThat(settings.maxArticleChars()).isEqualTo(10);
        assertThat(settings.cache().maxBytes()).isZero();
        assertThat(settings.cache().versionCheckMs()).isEqualTo(5);
        assertThat(settings.gzip().minBytes()).isEqualTo(1024);
    }

    @Test
    void an_empty_key_list_as_an_unset_environment_variable_gives_is_no_key() {
        assertThat(settings(Map.of("stance.api.keys", "")).keys()).isEmpty();
    }

    private static ApiSettings settings(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ApiSettings.class)
                .withSources(new MapBackedConfigSource("test", properties) {})
                .build();
        return config.getConfigMapping(ApiSettings.class);
    }
}
