package org.stancetracker.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core and the SPI are what every plugin loads: they may use the JDK and nothing else. */
@AnalyzeClasses(packages = "org.stancetracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule core_depends_on_the_jdk_only = noClasses()
            .that().resideInAnyPackage("org.stancetracker.core..", "org.stancetracker.spi..", "org.stancetracker.extraction..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.stancetracker..");

    @ArchTest
    static final ArchRule domain_does_not_know_the_spi = noClasses()
            .that().resideInAPackage("org.stancetracker.core..")
            .should().dependOnClassesThat().resideInAPackage("org.stancetracker.spi..");

    @ArchTest
    static final ArchRule plugins_never_see_the_host_side = noClasses()
            .that().resideInAnyPackage("org.stancetracker.core..", "org.stancetracker.spi..")
            .should().dependOnClassesThat().resideInAPackage("org.stancetracker.extraction..");
}
