package org.stancetracker.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stancetracker.spi.Stability.Status;

/** Every public type of the SPI says how far a plugin may rely on it, and since when, in its annotation and its Javadoc alike. */
class StabilityTest {
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final List<Class<?>> PUBLIC_TYPES = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.stancetracker.spi")
                    .stream()
                    .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                    .map(JavaClass::reflect)
                    .toList();

    @Test
    void the_spi_has_public_types_to_check() {
        assertThat(PUBLIC_TYPES)
                .contains(ExtractorFactory.class, Stability.class, Status.class)
                .hasSizeGreaterThan(25);
    }

    @Test
    void every_public_type_is_marked() {
        assertThat(PUBLIC_TYPES)
                .allSatisfy(type -> assertThat(type.getAnnotation(Stability.class))
                        .as(type.getName())
                        .isNotNull());
    }

    @Test
    void every_mark_names_a_version_this_spi_has_reached() {
        assertThat(PUBLIC_TYPES).allSatisfy(type -> {
            Matcher since = VERSION.matcher(type.getAnnotation(Stability.class).since());
            assertThat(since.matches()).as(type.getName() + " since").isTrue();
            int major = Integer.parseInt(since.group(1));
            int minor = Integer.parseInt(since.group(2));
            assertThat(major < SpiVersion.MAJOR || major == SpiVersion.MAJOR && minor <= SpiVersion.MINOR)
                    .as(type.getName() + " since " + since.group() + ", SPI " + SpiVersion.MAJOR + "."
                            + SpiVersion.MINOR)
                    .isTrue();
        });
    }

    /** So that a plugin author can tell by the import alone. */
    @Test
    void internal_types_are_those_of_the_internal_package() {
        assertThat(PUBLIC_TYPES).allSatisfy(type -> {
            boolean internal = type.getAnnotation(Stability.class).status() == Status.INTERNAL;
            assertThat(internal)
                    .as(type.getName())
                    .isEqualTo(type.getPackageName().equals("org.stancetracker.spi.internal"));
        });
    }

    @Test
    void the_javadoc_since_of_every_type_is_that_of_its_mark() throws IOException {
        for (Class<?> type : PUBLIC_TYPES) {
            Class<?> topLevel = type;
            while (topLevel.getEnclosingClass() != null) {
                topLevel = topLevel.getEnclosingClass();
            }
            // Surefire runs in the module's directory.
            String source =
                    Files.readString(Path.of("src/main/java", topLevel.getName().replace('.', '/') + ".java"));
            Matcher declaration = Pattern.compile(
                            "(?m)^\\s*(public |static |final |abstract )*(class|interface|enum|record|@interface) "
                                    + type.getSimpleName() + "\\b")
                    .matcher(source);
            assertThat(declaration.find())
                    .as(type.getName() + " declared in " + topLevel.getName())
                    .isTrue();
            String before = source.substring(0, declaration.start());
            String javadoc = before.substring(before.lastIndexOf("/**"), before.lastIndexOf("*/"));
            assertThat(javadoc)
                    .as(type.getName() + " Javadoc")
                    .contains("@since " + type.getAnnotation(Stability.class).since());
        }
    }
}
