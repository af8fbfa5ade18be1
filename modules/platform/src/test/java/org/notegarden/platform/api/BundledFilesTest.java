package org.notegarden.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsAFileBesideTheClassFromItsClassFolder() throws IOException {
        try (InputStream in = BundledFiles.open(BundledFilesTest.class, "/org/notegarden/platform/api/bundled-sample.txt")) {
            assertEquals("beside the class\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aMissingFileIsNamedInTheError() {
        var e = assertThrows(FileNotFoundException.class, () -> BundledFiles.open(BundledFilesTest.class, "/no/such/file.csv"));
        assertEquals(true, e.getMessage().startsWith("/no/such/file.csv is not bundled with " + BundledFilesTest.class.getName()), e.getMessage());
    }

    @Test
    void namesAreAbsolute() {
        assertThrows(IllegalArgumentException.class, () -> BundledFiles.open(BundledFilesTest.class, "bundled-sample.txt"));
    }

    @Test
    void readsFromAJarAndClosesTheJarWithTheStream() throws IOException {
        Path jar = dir.resolve("data.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("org/example/table.csv"));
            out.write("1,2,3\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        InputStream in = BundledFiles.open(jar, "org/example/table.csv");
        assertEquals(1, openHandlesOf(jar), "the JAR is open while the file is read");
        assertEquals("1,2,3\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        in.close();
        assertEquals(0, openHandlesOf(jar), "closing the stream closes the JAR");
        assertNull(BundledFiles.open(jar, "org/example/other.csv"));
        assertEquals(0, openHandlesOf(jar), "a file not in the JAR leaves it closed");
    }

    @Test
    void staysInsideAClassFolder() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("secret.txt"))) {
            out.write(1);
        }
        Files.writeString(Files.createDirectories(classes.resolve("org")).resolve("words.txt"), "tea");
        try (InputStream in = BundledFiles.open(classes, "org/words.txt")) {
            assertEquals("tea", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertNull(BundledFiles.open(classes, "../secret.txt"));
        assertNull(BundledFiles.open(classes, "org/missing.txt"));
    }

    /** Open file descriptors of this JVM pointing at the file (Linux). */
    private static long openHandlesOf(Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
