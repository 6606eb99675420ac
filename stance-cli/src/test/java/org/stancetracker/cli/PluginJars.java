package org.stancetracker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.stancetracker.extraction.ExtractorRegistry;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.SpiVersion;

/**
 * Plugin jars made at test time from this module's test classes, as a plugin's author would package
 * them: a factory registered as a service, the classes it was packaged with, the SPI version in the
 * manifest. The classes are on the test class path too, but the tracker's own class path has no
 * service file naming them, so they run only from the jar, in its own class loader.
 */
final class PluginJars {
    private PluginJars() {}

    /**
     * Writes {@code directory/fileName} holding the factory and the classes given, nothing else.
     * A jar once loaded stays open in this JVM: a test that replaces a plugin writes a jar of
     * another name, as a new version of a plugin has.
     */
    static Path write(
            Path directory, String fileName, Class<? extends ExtractorFactory> factory, Class<?>... packedWith)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes()
                .putValue(ExtractorRegistry.SPI_VERSION_ATTRIBUTE, SpiVersion.MAJOR + "." + SpiVersion.MINOR);
        Path jar = Files.createDirectories(directory).resolve(fileName);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            pack(jarOut, factory);
            for (Class<?> type : packedWith) {
                pack(jarOut, type);
            }
            jarOut.putNextEntry(new JarEntry("META-INF/services/" + ExtractorFactory.class.getName()));
            jarOut.write((factory.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void pack(JarOutputStream jar, Class<?> type) throws IOException {
        String classFile = type.getName().replace('.', '/') + ".class";
        try (InputStream bytes = type.getClassLoader().getResourceAsStream(classFile)) {
            jar.putNextEntry(new JarEntry(classFile));
            bytes.transferTo(jar);
        }
    }
}
