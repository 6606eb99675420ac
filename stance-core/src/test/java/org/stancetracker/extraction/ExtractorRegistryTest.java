package org.stancetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.plugin.FixedExtractorFactory;
import com.example.plugin.PackagedWithoutItsHelperFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.evaluation.Scorer;
import org.stancetracker.core.stance.Stance;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.SpiVersion;
import org.stancetracker.spi.actor.ActorDirectory;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.text.PhraseMatcher;
import org.stancetracker.spi.topic.Topic;

class ExtractorRegistryTest {
    private static final String CURRENT_SPI = SpiVersion.MAJOR + "." + SpiVersion.MINOR;
    private static final ReferenceData EMPTY =
            new ReferenceData("test", new ActorDirectory(List.of(), List.of()), List.of());
    private static final ClassLoader NO_BUILTINS = ClassLoader.getPlatformClassLoader();

    @TempDir
    Path plugins;

    @Test
    void a_plugin_jar_is_loaded_in_a_class_loader_that_shares_only_the_spi() throws Exception {
        Path jar = pluginJar("fixed.jar", CURRENT_SPI, true);
        LoadedExtractor loaded = single(ExtractorRegistry.load(NO_BUILTINS, Optional.of(plugins), EMPTY, Map.of()));

        assertThat(loaded.ref().name()).isEqualTo("fixed");
        assertThat(loaded.origin()).isEqualTo(jar.toString());
        ClassLoader pluginLoader = loaded.extractor().getClass().getClassLoader();
        assertThat(pluginLoader).isInstanceOf(PluginClassLoader.class);
        assertThat(pluginLoader.loadClass(Extractor.class.getName())).isSameAs(Extractor.class);
        assertThatThrownBy(() -> pluginLoader.loadClass(ExtractorRegistry.class.getName() + "Missing"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> pluginLoader.loadClass("org.junit.jupiter.api.Test"))
                .as("the tracker's own libraries are not the plugin's")
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void a_plugin_shares_the_types_the_spi_hands_it_and_none_of_the_domain_or_the_host_side() throws Exception {
        pluginJar("fixed.jar", CURRENT_SPI, true);
        ClassLoader pluginLoader = single(ExtractorRegistry.load(NO_BUILTINS, Optional.of(plugins), EMPTY, Map.of()))
                .extractor()
                .getClass()
                .getClassLoader();

        for (Class<?> handed : List.of(ActorDirectory.class, Polarity.class, Topic.class, PhraseMatcher.class)) {
            assertThat(pluginLoader.loadClass(handed.getName()))
                    .as(handed.getName())
                    .isSameAs(handed);
        }
        // On the tracker's class path, but not the SPI: a plugin that used them would break when they change.
        for (Class<?> hidden : List.of(Article.class, Stance.class, Scorer.class, ExtractionRunner.class)) {
            assertThatThrownBy(() -> pluginLoader.loadClass(hidden.getName()))
                    .as(hidden.getName())
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void a_jar_without_an_extractor_fails_at_start_naming_the_jar() throws Exception {
        Path jar = pluginJar("empty.jar", CURRENT_SPI, false);
        assertThatThrownBy(() -> ExtractorRegistry.load(NO_BUILTINS, Optional.of(plugins), EMPTY, Map.of()))
                .isInstanceOf(PluginException.class)
                .hasMessage("plugin " + jar + " declares no extractor: it needs a META-INF/services/"
                        + ExtractorFactory.class.getName() + " file naming its factory");
    }

    @Test
    void two_extractors_with_one_name_fail_at_start_naming_both_jars() throws Exception {
        Path first = pluginJar("a.jar", CURRENT_SPI, true);
        Path second = pluginJar("b.jar", CURRENT_SPI, true);
        assertThatThrownBy(() -> ExtractorRegistry.load(NO_BUILTINS, Optional.of(plugins), EMPTY, Map.of()))
                .isInstanceOf(PluginException.class)
                .hasMessage("two extractors are named 'fixed': one from " + first + ", one from " + second);
    }

    @Test
    void a_plugin_built_for_another_spi_major_version_fails_at_start_naming_the_jar() throws Exception {
        Path jar = pluginJar("future.jar", (SpiVersion.MAJOR + 1) + ".0", true);
        assertThatThrownBy(() -> ExtractorRegistry.load(NO_BUILTINS, Optional.of(plugins), EMPTY, Map.of()))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith(
                        "plugin " + jar + " was built for extractor SPI " + (SpiVersion.MAJOR + 1) + ".0");
    }

    @Test
    void a_plugin_built_for_spi_1_is_refused_since_the_types_it_is_handed_moved_in_2() throws Exception {
        Path jar = pluginJar("spi-1.jar", "1.0", true);
        assertThatThrownBy(() -> ExtractorRegistry.load(NO_BUILTINS, Optional.of(plugins), EMPTY, Map.of()))
                .isInstanceOf(PluginException.class)
                .hasMessage("plugin " + jar + " was built for extractor SPI 1.0, but this tracker has SPI "
                        + CURRENT_SPI + ": rebuild the plugin against SPI " + SpiVersion.MAJOR);
    }

    @Test
    void a_plugin_that_does_not_declare_its_spi_version_is_refused() throws Exception {
        Path jar = pluginJar("old.jar", null, true);
        assertThatThrownBy(() -> ExtractorRegistry.load(NO_BUILTINS, Optional.of(plugins), EMPTY, Map.of()))
                .hasMessageStartingWith("plugin " + jar + " does not say which SPI it was built for");
    }

    @Test
    void settings_for_an_extractor_that_is_not_there_are_refused() {
        assertThatThrownBy(() -> ExtractorRegistry.load(
                        NO_BUILTINS, Optional.of(plugins), EMPTY, Map.of("kewyord", Map.of("confidence", "0.4"))))
                .hasMessageStartingWith("settings are given for extractor 'kewyord', but no extractor has that name");
    }

    @Test
    void a_missing_plugins_directory_holds_no_plugins() {
        assertThat(ExtractorRegistry.load(NO_BUILTINS, Optional.of(plugins.resolve("none")), EMPTY, Map.of())
                        .extractors())
                .isEmpty();
    }

    @Test
    void a_plugin_jar_without_a_class_its_factory_needs_fails_at_start_naming_the_jar() throws Exception {
        Path jar = pluginJar("unpackaged.jar", "2.0", PackagedWithoutItsHelperFactory.class);
        assertThatThrownBy(() -> ExtractorRegistry.load(NO_BUILTINS, Optional.of(plugins), EMPTY, Map.of()))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("the extractor 'unpackaged' from " + jar
                        + " cannot be created: java.lang.NoClassDefFoundError: "
                        + PackagedWithoutItsHelperFactory.Helper.class.getName().replace('.', '/'))
                .hasMessageEndingWith("package its dependencies into the jar");
    }

    private static LoadedExtractor single(ExtractorRegistry registry) {
        assertThat(registry.extractors()).hasSize(1);
        return registry.extractors().get(0);
    }

    /** A jar holding {@link FixedExtractorFactory}, with or without its service file. */
    private Path pluginJar(String name, String spiVersion, boolean withService) throws IOException {
        return pluginJar(
                name, spiVersion, withService ? FixedExtractorFactory.class : null, FixedExtractorFactory.class);
    }

    /** A jar holding only the factory class given (none of its nested classes), registered as the jar's extractor. */
    private Path pluginJar(String name, String spiVersion, Class<? extends ExtractorFactory> factory)
            throws IOException {
        return pluginJar(name, spiVersion, factory, factory);
    }

    private Path pluginJar(String name, String spiVersion, Class<?> registered, Class<?> packed) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (spiVersion != null) {
            manifest.getMainAttributes().putValue(ExtractorRegistry.SPI_VERSION_ATTRIBUTE, spiVersion);
        }
        Path jar = plugins.resolve(name);
        String classFile = packed.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest);
                InputStream classBytes = packed.getClassLoader().getResourceAsStream(classFile)) {
            jarOut.putNextEntry(new JarEntry(classFile));
            classBytes.transferTo(jarOut);
            if (registered != null) {
                jarOut.putNextEntry(new JarEntry("META-INF/services/" + ExtractorFactory.class.getName()));
                jarOut.write((registered.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
