package org.stancetracker.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The SPI is all a plugin's class loader shares with the tracker, so what it uses, every plugin
 * loads: the JDK, and nothing else.
 */
@AnalyzeClasses(packages = "org.stancetracker.spi", importOptions = ImportOption.DoNotIncludeTests.class)
class SpiArchitectureTest {
    @ArchTest
    static final ArchRule the_spi_depends_on_the_jdk_only = noClasses()
            .that()
            .resideInAPackage("org.stancetracker.spi..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "org.stancetracker.spi..");

    /** Said apart from the rule above so that a failure names the real mistake: the SPI reaching back into the tracker. */
    @ArchTest
    static final ArchRule the_spi_never_depends_on_the_tracker = noClasses()
            .that()
            .resideInAPackage("org.stancetracker.spi..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.stancetracker.core..",
                    "org.stancetracker.extraction..",
                    "org.stancetracker.db..",
                    "org.stancetracker.api..",
                    "org.stancetracker.cli..",
                    "org.stancetracker.extractors..");
}
