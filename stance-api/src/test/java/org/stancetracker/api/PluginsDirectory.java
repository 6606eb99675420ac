package org.stancetracker.api;

import com.example.apiplugin.AlwaysFailingFactory;
import com.example.apiplugin.MassacreWarningsFactory;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.stancetracker.extraction.ExtractorRegistry;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.SpiVersion;

/**
 * A test profile whose API reads a plugins directory of two jars made from this module's test
 * classes, as a plugin's author packages them: {@code massacre-warnings}, given a setting, and
 * {@code always-failing}. Their classes are on the test class path, but no service file there names
 * them: they run only from their jars.
 */
public class PluginsDirectory implements QuarkusTestProfile {
    static final Path DIRECTORY = write();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "stance.extractors.plugins",
                DIRECTORY.toString(),
                "stance.extractors.setting.\"massacre-warnings.actor\"",
                "FRA");
    }

    private static Path write() {
        try {
            Path directory = Files.createTempDirectory("stance-api-plugins");
            jar(directory.resolve("massacre-warnings.jar"), MassacreWarningsFactory.class);
            jar(directory.resolve("always-failing.jar"), AlwaysFailingFactory.class);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void jar(Path jar, Class<? extends ExtractorFactory> factory) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes()
                .putValue(ExtractorRegistry.SPI_VERSION_ATTRIBUTE, SpiVersion.MAJOR + "." + SpiVersion.MINOR);
        String classFile = factory.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest);
                InputStream bytes = factory.getClassLoader().getResourceAsStream(classFile)) {
            jarOut.putNextEntry(new JarEntry(classFile));
            bytes.transferTo(jarOut);
            jarOut.putNextEntry(new JarEntry("META-INF/services/" + ExtractorFactory.class.getName()));
            jarOut.write((factory.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
