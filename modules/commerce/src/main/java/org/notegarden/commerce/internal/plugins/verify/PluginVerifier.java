package org.notegarden.commerce.internal.plugins.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads every class in a plugin's JARs (its own code and every library it bundles) with ASM,
 * before any of it is loaded, and lists each use of an API in {@link ForbiddenApis} that the
 * operator has not allowed for this plugin. Method calls, field accesses, constructor calls,
 * method references and method-handle constants are all checked, as are native method
 * declarations. A plugin with any violation is refused and never loaded.
 */
public final class PluginVerifier {
    /** At most this many violations are kept: enough to act on, bounded for a hostile JAR. */
    static final int MAX_REPORTED = 50;

    /** The verdict on one plugin folder: empty when it may be loaded. */
    public record Verification(List<Violation> violations, int classesChecked) {
        public boolean passed() {
            return violations.isEmpty();
        }

        /** One line for the admin list and health: the first violation and how many more. */
        public String summary() {
            if (violations.isEmpty()) {
                return "verified " + classesChecked + " classes";
            }
            String first = violations.get(0).describe();
            return violations.size() == 1 ? first : first + " (and " + (violations.size() - 1) + " more)";
        }
    }

    public Verification verify(List<Path> jars, Set<Permission> allowed) throws IOException {
        Set<String> own = new HashSet<>();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (name.endsWith(".class")) {
                        own.add(className(name));
                    }
                }
            }
        }
        Set<Violation> found = new LinkedHashSet<>();
        int checked = 0;
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    if (!entry.getName().endsWith(".class") || entry.getName().endsWith("module-info.class")) {
                        continue;
                    }
                    try (InputStream in = file.getInputStream(entry)) {
                        new ClassReader(in).accept(new Scanner(jar.getFileName().toString(), own, allowed, found),
                                ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException unreadable) {
                        // ASM cannot read it, so neither may the JVM be trusted to: refuse.
                        found.add(new Violation(jar.getFileName().toString(), className(entry.getName()), "<class>",
                                "unreadable class file", Permission.UNSAFE));
                    }
                    checked++;
                }
            }
        }
        return new Verification(List.copyOf(new ArrayList<>(found)).subList(0, Math.min(found.size(), MAX_REPORTED)), checked);
    }

    private static String className(String entryName) {
        String name = entryName.substring(0, entryName.length() - ".class".length());
        // Multi-release JARs keep per-version copies under META-INF/versions/<n>/.
        return name.startsWith("META-INF/versions/") ? name.replaceFirst("^META-INF/versions/\\d+/", "") : name;
    }

    /** Visits one class and records its forbidden uses. */
    private static final class Scanner extends ClassVisitor {
        private final String jar;
        private final Set<String> own;
        private final Set<Permission> allowed;
        private final Set<Violation> found;
        private String className;

        Scanner(String jar, Set<String> own, Set<Permission> allowed, Set<Violation> found) {
            super(Opcodes.ASM9);
            this.jar = jar;
            this.own = own;
            this.allowed = allowed;
            this.found = found;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                record(name, "native method " + name, Permission.NATIVE);
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String member, String desc, boolean isInterface) {
                    check(name, owner, member, desc);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                    check(name, owner, field, null);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    if (opcode == Opcodes.NEW) {
                        check(name, type, "<init>", null);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof Handle h) {
                        check(name, h.getOwner(), h.getName(), h.getDesc());
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String indyName, String desc, Handle bootstrap, Object... arguments) {
                    check(name, bootstrap.getOwner(), bootstrap.getName(), bootstrap.getDesc());
                    for (Object argument : arguments) {
                        if (argument instanceof Handle h) {
                            // A method reference such as System::exit arrives as a handle argument.
                            check(name, h.getOwner(), h.getName(), h.getDesc());
                        }
                    }
                }
            };
        }

        private void check(String method, String owner, String member, String descriptor) {
            ForbiddenApis.needed(owner, member, descriptor, own::contains)
                    .filter(p -> !(p.allowable() && allowed.contains(p)))
                    .ifPresent(p -> record(method, owner.replace('/', '.') + "." + member, p));
        }

        private void record(String method, String call, Permission permission) {
            if (found.size() < MAX_REPORTED * 4) {
                found.add(new Violation(jar, className.replace('/', '.'), method, call, permission));
            }
        }
    }
}
