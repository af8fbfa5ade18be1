package org.notegarden.commerce.internal.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a library JAR for a fixture plugin to bundle, as a partner's build would. */
public final class TestLibraries {
    private TestLibraries() {
    }

    /** A JAR holding {@code org.notegarden.commerce.fixtures.lib.Greeting} whose version() answers {@code version}. */
    public static Path greeting(Path work, String version) throws IOException {
        Path src = Files.createDirectories(work.resolve("lib-src/org/notegarden/commerce/fixtures/lib"));
        Path out = Files.createDirectories(work.resolve("lib-classes"));
        Path source = src.resolve("Greeting.java");
        Files.writeString(source, "package org.notegarden.commerce.fixtures.lib;\npublic final class Greeting {\n"
                + "    public static String version() { return \"" + version + "\"; }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, "--release", "17", "-d", out.toString(), source.toString()) != 0) {
            throw new IllegalStateException("could not compile the fixture library");
        }
        Path jar = work.resolve("greeting-" + version.replaceAll("[^0-9.]", "") + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(file)) {
            String entry = "org/notegarden/commerce/fixtures/lib/Greeting.class";
            j.putNextEntry(new JarEntry(entry));
            j.write(Files.readAllBytes(out.resolve(entry)));
            j.closeEntry();
        }
        return jar;
    }

}
