package org.stancetracker.extraction;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * The class loader of one plugin jar. It shares only the SPI ({@code org.stancetracker.spi} and its
 * sub-packages, the stance-spi jar) with the tracker; everything else the plugin uses comes from its
 * own jar or the JDK, so plugins cannot clash with the tracker's libraries or with each other, and
 * cannot come to depend on the tracker's domain or host classes, which are free to change.
 */
final class PluginClassLoader extends URLClassLoader {
    private static final String[] SHARED_PACKAGES = {"org.stancetracker.spi."};

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
