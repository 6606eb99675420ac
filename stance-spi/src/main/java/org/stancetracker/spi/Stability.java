package org.stancetracker.spi;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How far a plugin may rely on a type of the SPI, and since which SPI version the type is there
 * under its present name. Every public type of the SPI carries it ({@code StabilityTest} checks),
 * with the same version in its Javadoc {@code @since}; a member less stable than its type carries
 * its own. It plays the part of JUnit 5's {@code @API}, as the SPI's own annotation so that the SPI
 * stays free of dependencies.
 *
 * <p>Retention is {@link RetentionPolicy#RUNTIME RUNTIME}, so that tests and tools can read it by
 * reflection, and it is {@link Documented}, so that it shows in each type's Javadoc.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Stability {

    /** How far the element may be relied on. */
    Status status();

    /** The SPI version, {@code MAJOR.MINOR}, that first had the element under its present name. */
    String since();

    /**
     * The promise a {@link Stability} makes.
     *
     * @since 2.0
     */
    @Stability(status = STABLE, since = "2.0")
    enum Status {
        /**
         * Kept compatible for plugins within a major version: a minor version only adds (a
         * {@code default} method, a type; a record component only with the previous canonical
         * constructor kept beside the new one).
         */
        STABLE,
        /** New or still settling: may change or go in a minor version. A plugin may use it, and rebuild. */
        EXPERIMENTAL,
        /** For the tracker's own modules, never for plugins: may change or go in any version. */
        INTERNAL
    }
}
