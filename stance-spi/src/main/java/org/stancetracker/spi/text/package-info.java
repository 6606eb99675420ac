/**
 * Finding known phrases (actor names, position terms) in text as whole words: a utility for plugin
 * authors, part of the SPI because a plugin's class loader shares the SPI and nothing else of the
 * tracker, so a separate library would have to be bundled into every plugin jar. The built-in
 * extractors use it too. In {@code org.stancetracker.core.text} until SPI 2.0.
 */
package org.stancetracker.spi.text;
