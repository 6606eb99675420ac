package org.stancetracker.extraction;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.stancetracker.core.stance.ExtractorRef;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.InvalidConfigurationException;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.SpiVersion;

/**
 * The extractors of this process: the built-in ones on the class path, and the plugin jars of a
 * plugins directory, each jar in its own {@link PluginClassLoader}.
 *
 * <p>Everything that can be wrong with a plugin is found here, at start, and named with its jar:
 * a jar that declares no extractor, one built for another SPI major version, one whose provider
 * cannot be instantiated or whose factory fails to create its extractor (a class missing from the
 * jar, say), or two extractors with the same name.
 */
public final class ExtractorRegistry {
    /** The manifest attribute a plugin jar declares its SPI version in, "1.0". */
    public static final String SPI_VERSION_ATTRIBUTE = "Stance-Spi-Version";

    private static final Logger LOG = Logger.getLogger(ExtractorRegistry.class.getName());

    private final List<LoadedExtractor> extractors;

    private ExtractorRegistry(List<LoadedExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** An extractor factory, found but not yet created, and where it was found. */
    private record Found(ExtractorFactory factory, String origin) {}

    /**
     * Finds every extractor and creates it with its configuration.
     *
     * @param builtins the class loader whose class path holds the built-in extractors
     * @param pluginDirectory a directory of plugin jars; a missing directory holds none
     * @param configs each extractor's settings, by extractor name
     * @throws PluginException naming the jar at fault
     * @throws org.stancetracker.spi.InvalidConfigurationException naming the extractor and key at fault
     */
    public static ExtractorRegistry load(
            ClassLoader builtins,
            Optional<Path> pluginDirectory,
            ReferenceData referenceData,
            Map<String, Map<String, String>> configs) {
        Map<String, Found> byName = new LinkedHashMap<>();
        for (ExtractorFactory factory :
                providers(ServiceLoader.load(ExtractorFactory.class, builtins), "the class path")) {
            register(byName, new Found(factory, origin(factory)));
        }
        if (pluginDirectory.isPresent()) {
            for (Path jar : jars(pluginDirectory.get())) {
                for (ExtractorFactory factory : plugin(jar)) {
                    register(byName, new Found(factory, jar.toString()));
                }
            }
        }
        for (String configured : configs.keySet()) {
            if (!byName.containsKey(configured)) {
                throw new PluginException("settings are given for extractor '" + configured
                        + "', but no extractor has that name; loaded: " + byName.keySet());
            }
        }
        List<LoadedExtractor> loaded = new ArrayList<>();
        for (Found found : byName.values()) {
            ExtractorFactory factory = found.factory();
            ExtractorConfig config =
                    new ExtractorConfig(factory.name(), configs.getOrDefault(factory.name(), Map.of()));
            ExtractorRef ref;
            Extractor extractor;
            try {
                ref = new ExtractorRef(factory.name(), factory.version());
                extractor = factory.create(config, referenceData);
            } catch (InvalidConfigurationException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                throw new PluginException(
                        "the extractor '" + factory.name() + "' from " + found.origin()
                                + " cannot be created: " + e
                                + (e instanceof NoClassDefFoundError
                                        ? "; a class it needs is not in its jar or the SPI: package its dependencies into the jar"
                                        : ""),
                        e);
            }
            loaded.add(new LoadedExtractor(ref, extractor, found.origin()));
            LOG.fine(() -> "Loaded extractor '" + ref.name() + "' " + ref.version() + " from " + found.origin());
        }
        return new ExtractorRegistry(loaded);
    }

    public List<LoadedExtractor> extractors() {
        return extractors;
    }

    private static void register(Map<String, Found> byName, Found found) {
        String name = found.factory().name();
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new PluginException(
                    "the extractor " + found.factory().getClass().getName() + " from " + found.origin()
                            + " has an invalid name '" + name + "': it must match [a-z][a-z0-9-]*");
        }
        Found previous = byName.putIfAbsent(name, found);
        if (previous != null) {
            throw new PluginException("two extractors are named '" + name + "': one from " + previous.origin()
                    + ", one from " + found.origin());
        }
    }

    private static List<Path> jars(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PluginException("cannot list the plugins directory " + directory + ": " + e.getMessage(), e);
        }
    }

    private static List<ExtractorFactory> plugin(Path jar) {
        checkSpiVersion(jar);
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader(
                    "plugin:" + jar.getFileName(), jar.toUri().toURL(), ExtractorFactory.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new PluginException("plugin " + jar + " has no usable path: " + e.getMessage(), e);
        }
        List<ExtractorFactory> factories =
                providers(ServiceLoader.load(ExtractorFactory.class, loader), jar.toString());
        if (factories.isEmpty()) {
            throw new PluginException("plugin " + jar + " declares no extractor: it needs a " + "META-INF/services/"
                    + ExtractorFactory.class.getName() + " file naming its factory");
        }
        return factories;
    }

    private static void checkSpiVersion(Path jar) {
        String declared;
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            declared = manifest == null
                    ? null
                    : manifest.getMainAttributes().getValue(new Attributes.Name(SPI_VERSION_ATTRIBUTE));
        } catch (IOException e) {
            throw new PluginException("plugin " + jar + " is not a readable jar: " + e.getMessage(), e);
        }
        if (declared == null) {
            throw new PluginException("plugin " + jar + " does not say which SPI it was built for: its manifest needs "
                    + SPI_VERSION_ATTRIBUTE + ": " + SpiVersion.MAJOR + "." + SpiVersion.MINOR);
        }
        int major;
        try {
            major = Integer.parseInt(declared.strip().split("\\.")[0]);
        } catch (NumberFormatException e) {
            throw new PluginException("plugin " + jar + " declares " + SPI_VERSION_ATTRIBUTE + " '" + declared
                    + "', which is not a version like " + SpiVersion.MAJOR + "." + SpiVersion.MINOR);
        }
        if (major != SpiVersion.MAJOR) {
            throw new PluginException("plugin " + jar + " was built for extractor SPI " + declared.strip()
                    + ", but this tracker has SPI " + SpiVersion.MAJOR + "." + SpiVersion.MINOR
                    + ": rebuild the plugin against SPI " + SpiVersion.MAJOR);
        }
    }

    private static List<ExtractorFactory> providers(ServiceLoader<ExtractorFactory> loader, String origin) {
        List<ExtractorFactory> factories = new ArrayList<>();
        try {
            loader.forEach(factories::add);
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new PluginException("cannot load an extractor from " + origin + ": " + e.getMessage(), e);
        }
        return factories;
    }

    static String origin(ExtractorFactory factory) {
        CodeSource source = factory.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
