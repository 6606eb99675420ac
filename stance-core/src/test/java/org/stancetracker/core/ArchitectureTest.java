package org.stancetracker.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain speaks the SPI's types (actors, topics, evidence) but knows nothing of plugins or of
 * how they are run. That the SPI itself depends on the JDK alone is stance-spi's own test.
 */
@AnalyzeClasses(
        packages = {"org.stancetracker.core", "org.stancetracker.extraction"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domain_does_not_know_the_plugin_contract = noClasses()
            .that()
            .resideInAPackage("org.stancetracker.core..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.stancetracker.spi");

    @ArchTest
    static final ArchRule domain_does_not_know_the_host_side = noClasses()
            .that()
            .resideInAPackage("org.stancetracker.core..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.stancetracker.extraction..");
}
