package org.stancetracker.extractors.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin author's first hour, end to end: a project generated from the archetype in a directory
 * outside the tracker's tree builds on its own with its own Maven wrapper (the conformance kit's
 * tests, the gold-set test among them, run and pass), and its jar, dropped into a plugins directory,
 * is loaded by the real {@code ./stance}, which stores the stances it finds.
 *
 * <p>The Maven runs here are offline and install nothing into the shared local repository: they
 * write to {@code it.repository} (where invoker:install put the archetype, stance-spi, the kit and
 * what they bring) and read the build's own local repository behind it, read-only.
 */
class PluginArchetypeIT {
    private static final Path ROOT = Path.of(System.getProperty("stance.root"));
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");
    private static final String ARCHETYPE_PLUGIN = "org.apache.maven.plugins:maven-archetype-plugin:"
            + System.getProperty("archetype.plugin.version") + ":generate";
    private static final String ARCHETYPE_VERSION = System.getProperty("archetype.version");
    private static final String SPI_VERSION = System.getProperty("stance.spi.version");
    /** Not the archetype's default name, to show that the name asked for is the one stances are stored under. */
    private static final String EXTRACTOR = "first-demands";

    @TempDir
    Path work;

    @TempDir
    Path stanceHome;

    record Result(int exitCode, String output) {}

    @Test
    void a_generated_plugin_builds_on_its_own_and_the_tracker_stores_its_stances() throws Exception {
        assertThat(work.toAbsolutePath().startsWith(ROOT.toAbsolutePath()))
                .as("the project is generated outside the tree")
                .isFalse();

        Result generate = run(
                work,
                ROOT.resolve("mvnw").toString(),
                "-o",
                "-B",
                ARCHETYPE_PLUGIN,
                "-DarchetypeGroupId=org.stancetracker",
                "-DarchetypeArtifactId=stance-plugin-archetype",
                "-DarchetypeVersion=" + ARCHETYPE_VERSION,
                "-DgroupId=org.example.plugins",
                "-DartifactId=first-plugin",
                "-Dpackage=org.example.plugins.demands",
                "-DextractorName=" + EXTRACTOR,
                "-DinteractiveMode=false");
        assertThat(generate.exitCode()).as(generate.output()).isZero();
        Path project = work.resolve("first-plugin");
        assertThat(Files.isExecutable(project.resolve("mvnw")))
                .as("./mvnw runs as generated")
                .isTrue();
        assertThat(project.resolve(".gitignore")).exists();
        assertThat(project.resolve("src/main/resources/META-INF/services/org.stancetracker.spi.ExtractorFactory"))
                .content()
                .isEqualToIgnoringNewLines("org.example.plugins.demands.DemandsExtractorFactory");

        // Its own wrapper, in its own directory: nothing of the tracker's build is inherited.
        Result build = run(project, "./mvnw", "-o", "-B", "package");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("[gold] " + EXTRACTOR + ": precision");
        String report = Files.readString(
                project.resolve("target/surefire-reports/TEST-org.example.plugins.demands.DemandsExtractorTest.xml"));
        assertThat(report)
                .contains("name=\"reports_its_accuracy_on_the_gold_set\"")
                .contains("name=\"is_discovered_by_its_name_with_a_version\"")
                .contains("skipped=\"0\"")
                .contains("failures=\"0\"")
                .contains("errors=\"0\"");

        Path jar = project.resolve("target/first-plugin-1.0-SNAPSHOT.jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Stance-Spi-Version"))
                    .isEqualTo(SPI_VERSION);
            assertThat(manifest.getMainAttributes().getValue("Implementation-Version"))
                    .isEqualTo("1.0-SNAPSHOT");
            assertThat(file.getEntry("META-INF/services/org.stancetracker.spi.ExtractorFactory"))
                    .isNotNull();
        }

        Path plugins = Files.createDirectories(stanceHome.resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        Result listing = stance("plugins");
        assertThat(listing.exitCode()).as(listing.output()).isZero();
        assertThat(listing.output().lines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith(EXTRACTOR)
                        .contains("1.0-SNAPSHOT")
                        .endsWith(plugins.resolve(jar.getFileName()).toString()));

        Result load = stance("load", SAMPLES.toString());
        assertThat(load.exitCode()).as(load.output()).isZero();
        Result export = stance("export");
        assertThat(export.exitCode()).as(export.output()).isZero();
        assertThat(export.output()
                        .lines()
                        .filter(line -> line.matches(".*\"extractors\":\\[[^]]*\"" + EXTRACTOR + "\".*")))
                .as("stances stored under the plugin's extractor name")
                .isNotEmpty();
    }

    /** Maven with the IT's own local repository in front of the build's, which it only reads. */
    private Result run(Path directory, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("-Dmaven.repo.local=" + System.getProperty("it.repository"));
        args.add("-Dmaven.repo.local.tail=" + System.getProperty("it.repository.tail"));
        ProcessBuilder builder = new ProcessBuilder(args).directory(directory.toFile());
        // The outer build's Maven settings of this kind would leak into the nested builds.
        List.of("MAVEN_ARGS", "MAVEN_BASEDIR", "MAVEN_PROJECTBASEDIR", "MAVEN_CONFIG")
                .forEach(builder.environment()::remove);
        return execute(builder, directory.resolve("maven-" + System.nanoTime() + ".log"));
    }

    private Result stance(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("stance").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("STANCE_HOME", stanceHome.toString());
        builder.environment().remove("STANCE_DB_URL");
        return execute(builder, work.resolve("stance-" + System.nanoTime() + ".log"));
    }

    /** Output to a file, not a pipe: a long Maven log must not block the process. */
    private static Result execute(ProcessBuilder builder, Path log) throws IOException, InterruptedException {
        builder.redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(
                    builder.command() + " did not finish in 10 minutes; its output: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}
