package org.stancetracker.extraction;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * The class loader of one plugin jar. It shares only the SPI and the domain types it speaks in
 * ({@code org.stancetracker.spi}, {@code org.stancetracker.core}) with the tracker; everything else
 * the plugin uses comes from its own jar or the JDK, so plugins cannot clash with the tracker's
 * libraries or with each other.
 */
final class PluginClassLoader extends URLClassLoader {
    private static final String[] SHARED_PACKAGES = {"org.stancetracker.spi.", "org.stancetracker.core."};

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader spiLoader;

    PluginClassLoader(String name, URL jar, ClassLoader spiLoader) {
        super(name, new URL[] {jar}, ClassLoader.getPlatformClassLoader());
        this.spiLoader = spiLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        for (String shared : SHARED_PACKAGES) {
            if (name.startsWith(shared)) {
                return spiLoader.loadClass(name);
            }
        }
        return super.loadClass(name, resolve);
    }
}
