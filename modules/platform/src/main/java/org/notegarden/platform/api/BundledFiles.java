package org.notegarden.platform.api;

import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Opens a data file a module ships beside its classes (the CC-CEDICT dictionary, the IP-location
 * tables, word lists) straight from that module's JAR or class folder.
 *
 * <p>Why not {@code Class.getResourceAsStream}: Payara's web-application class loader reads every
 * resource it is asked for wholly into a byte array and keeps that array for as long as the
 * application is deployed ({@code WebappClassLoader.findResourceInternal} fills
 * {@code ResourceEntry.binaryContent}, which stays in its resource cache). Our files are read once,
 * at start, into their own structures, so that copy is dead weight: a heap dump of the running
 * server held 50 MB of it (the two IP-country tables 29 MB, CC-CEDICT 11 MB, the province table
 * 9 MB), a fifth of the live heap. Reading from the code source avoids the class loader's cache on
 * any server. Where the code source is not a local file or folder, the class loader reads it, as
 * before.
 */
public final class BundledFiles {
    private BundledFiles() {
    }

    /**
     * The file at {@code absoluteName} ("/org/notegarden/…/file.csv") beside {@code owner}'s class
     * file. The caller closes the stream (which closes the JAR it reads from).
     *
     * @throws FileNotFoundException when the file is not there
     */
    public static InputStream open(Class<?> owner, String absoluteName) throws IOException {
        if (!absoluteName.startsWith("/")) {
            throw new IllegalArgumentException("a bundled file is named from the root: " + absoluteName);
        }
        CodeSource source = owner.getProtectionDomain().getCodeSource();
        Path location = source == null ? null : localPath(source.getLocation());
        InputStream in = location == null ? null : open(location, absoluteName.substring(1));
        if (in == null) {
            in = owner.getResourceAsStream(absoluteName);
        }
        if (in == null) {
            throw new FileNotFoundException(absoluteName + " is not bundled with " + owner.getName()
                    + (location == null ? "" : " (looked in " + location + ")"));
        }
        return in;
    }

    /** The file {@code name} inside a JAR or under a class folder; null when it is not there. */
    static InputStream open(Path location, String name) throws IOException {
        if (Files.isDirectory(location)) {
            Path file = location.resolve(name).normalize();
            return file.startsWith(location) && Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }
        if (!Files.isRegularFile(location)) {
            return null;
        }
        JarFile jar = new JarFile(location.toFile(), false);
        try {
            JarEntry entry = jar.getJarEntry(name);
            if (entry == null || entry.isDirectory()) {
                jar.close();
                return null;
            }
            return new FilterInputStream(jar.getInputStream(entry)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        jar.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            jar.close();
            throw e;
        }
    }

    private static Path localPath(URL location) {
        if (location == null || !"file".equals(location.getProtocol())) {
            return null;
        }
        try {
            return Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
