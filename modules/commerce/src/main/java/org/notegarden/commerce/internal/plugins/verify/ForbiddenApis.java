package org.notegarden.commerce.internal.plugins.verify;

import java.util.List;
import java.util.Optional;

/**
 * The rule list: which JDK members a plugin's bytecode may not touch, and the permission each
 * needs. Rules are read top to bottom and the first that matches decides, so the few harmless
 * members of a forbidden package (URI, URLEncoder, reflect.Array) come first as allowances.
 *
 * <p>Owners are internal names ({@code java/lang/System}); an owner ending in {@code /} is a
 * package prefix. A member of {@code null} matches every member; {@code <init>} is a constructor.
 */
final class ForbiddenApis {
    private record Rule(Permission permission, String owner, String member) {
        boolean matches(String o, String m) {
            boolean ownerMatches = owner.endsWith("/") ? o.startsWith(owner) : o.equals(owner);
            return ownerMatches && (member == null || member.equals(m));
        }
    }

    private static Rule allow(String owner, String member) {
        return new Rule(null, owner, member);
    }

    private static Rule deny(Permission p, String owner, String member) {
        return new Rule(p, owner, member);
    }

    private static final List<Rule> RULES = List.of(
            // Harmless members of otherwise forbidden packages.
            allow("java/net/URI", null), allow("java/net/URLEncoder", null), allow("java/net/URLDecoder", null),
            allow("java/net/IDN", null), allow("java/net/URISyntaxException", null),
            allow("java/lang/reflect/Array", null), allow("java/lang/reflect/Modifier", null),
            allow("java/lang/reflect/UndeclaredThrowableException", null),
            allow("java/lang/invoke/StringConcatFactory", null), allow("java/lang/invoke/LambdaMetafactory", null),
            allow("java/lang/runtime/ObjectMethods", null), allow("java/lang/runtime/SwitchBootstraps", null),

            deny(Permission.EXIT, "java/lang/System", "exit"),
            deny(Permission.EXIT, "java/lang/Runtime", "exit"),
            deny(Permission.EXIT, "java/lang/Runtime", "halt"),
            deny(Permission.EXIT, "java/lang/Runtime", "addShutdownHook"),
            deny(Permission.EXIT, "java/lang/Runtime", "removeShutdownHook"),
            deny(Permission.EXIT, "java/lang/Shutdown", null),

            deny(Permission.NATIVE, "java/lang/System", "load"),
            deny(Permission.NATIVE, "java/lang/System", "loadLibrary"),
            deny(Permission.NATIVE, "java/lang/Runtime", "load"),
            deny(Permission.NATIVE, "java/lang/Runtime", "loadLibrary"),
            deny(Permission.NATIVE, "java/lang/foreign/", null),
            deny(Permission.NATIVE, "jdk/incubator/foreign/", null),

            deny(Permission.PROCESS, "java/lang/ProcessBuilder", null),
            deny(Permission.PROCESS, "java/lang/Runtime", "exec"),
            deny(Permission.PROCESS, "java/lang/ProcessHandle", null),
            deny(Permission.PROCESS, "java/lang/Process", null),

            deny(Permission.ENVIRONMENT, "java/lang/System", "getenv"),
            deny(Permission.ENVIRONMENT, "java/lang/System", "getProperty"),
            deny(Permission.ENVIRONMENT, "java/lang/System", "getProperties"),
            deny(Permission.ENVIRONMENT, "java/lang/System", "setProperty"),
            deny(Permission.ENVIRONMENT, "java/lang/System", "setProperties"),
            deny(Permission.ENVIRONMENT, "java/lang/System", "clearProperty"),
            deny(Permission.ENVIRONMENT, "java/lang/System", "setIn"),
            deny(Permission.ENVIRONMENT, "java/lang/System", "setOut"),
            deny(Permission.ENVIRONMENT, "java/lang/System", "setErr"),
            deny(Permission.ENVIRONMENT, "java/lang/System", "setSecurityManager"),
            deny(Permission.ENVIRONMENT, "java/lang/Integer", "getInteger"),
            deny(Permission.ENVIRONMENT, "java/lang/Long", "getLong"),
            deny(Permission.ENVIRONMENT, "java/lang/Boolean", "getBoolean"),
            deny(Permission.ENVIRONMENT, "java/util/prefs/", null),

            deny(Permission.CLASS_LOADERS, "java/lang/ClassLoader", null),
            deny(Permission.CLASS_LOADERS, "java/security/SecureClassLoader", null),
            deny(Permission.CLASS_LOADERS, "java/net/URLClassLoader", null),
            deny(Permission.CLASS_LOADERS, "java/lang/Class", "getClassLoader"),
            deny(Permission.CLASS_LOADERS, "java/lang/Class", "getProtectionDomain"),
            deny(Permission.CLASS_LOADERS, "java/lang/Class", "getModule"),
            // A class literal of an SPI type would read the host's resources through the host's loader.
            deny(Permission.CLASS_LOADERS, "java/lang/Class", "getResource"),
            deny(Permission.CLASS_LOADERS, "java/lang/Class", "getResourceAsStream"),
            deny(Permission.CLASS_LOADERS, "java/lang/Thread", "getContextClassLoader"),
            deny(Permission.CLASS_LOADERS, "java/lang/Thread", "setContextClassLoader"),
            deny(Permission.CLASS_LOADERS, "java/lang/Module", null),
            deny(Permission.CLASS_LOADERS, "java/lang/ModuleLayer", null),
            deny(Permission.CLASS_LOADERS, "java/lang/instrument/", null),

            deny(Permission.REFLECTION, "java/lang/reflect/", null),
            deny(Permission.REFLECTION, "java/lang/invoke/", null),
            deny(Permission.REFLECTION, "java/lang/Class", "forName"),
            deny(Permission.REFLECTION, "java/lang/Class", "newInstance"),
            deny(Permission.REFLECTION, "java/lang/Class", "getMethod"),
            deny(Permission.REFLECTION, "java/lang/Class", "getMethods"),
            deny(Permission.REFLECTION, "java/lang/Class", "getDeclaredMethod"),
            deny(Permission.REFLECTION, "java/lang/Class", "getDeclaredMethods"),
            deny(Permission.REFLECTION, "java/lang/Class", "getField"),
            deny(Permission.REFLECTION, "java/lang/Class", "getFields"),
            deny(Permission.REFLECTION, "java/lang/Class", "getDeclaredField"),
            deny(Permission.REFLECTION, "java/lang/Class", "getDeclaredFields"),
            deny(Permission.REFLECTION, "java/lang/Class", "getConstructor"),
            deny(Permission.REFLECTION, "java/lang/Class", "getConstructors"),
            deny(Permission.REFLECTION, "java/lang/Class", "getDeclaredConstructor"),
            deny(Permission.REFLECTION, "java/lang/Class", "getDeclaredConstructors"),
            deny(Permission.REFLECTION, "java/lang/Class", "getRecordComponents"),
            deny(Permission.REFLECTION, "java/lang/StackWalker", null),
            deny(Permission.REFLECTION, "java/beans/", null),
            deny(Permission.REFLECTION, "javax/script/", null),
            deny(Permission.REFLECTION, "java/lang/management/", null),
            deny(Permission.REFLECTION, "javax/management/", null),

            deny(Permission.THREADS, "java/lang/Thread", "<init>"),
            deny(Permission.THREADS, "java/lang/Thread", "start"),
            deny(Permission.THREADS, "java/lang/Thread", "ofPlatform"),
            deny(Permission.THREADS, "java/lang/Thread", "ofVirtual"),
            deny(Permission.THREADS, "java/lang/Thread", "startVirtualThread"),
            deny(Permission.THREADS, "java/lang/ThreadGroup", null),
            deny(Permission.THREADS, "java/util/Timer", "<init>"),
            deny(Permission.THREADS, "java/util/concurrent/Executors", null),
            deny(Permission.THREADS, "java/util/concurrent/ThreadPoolExecutor", "<init>"),
            deny(Permission.THREADS, "java/util/concurrent/ScheduledThreadPoolExecutor", "<init>"),
            deny(Permission.THREADS, "java/util/concurrent/ForkJoinPool", null),
            deny(Permission.THREADS, "java/util/concurrent/CompletableFuture", "runAsync"),
            deny(Permission.THREADS, "java/util/concurrent/CompletableFuture", "supplyAsync"),

            deny(Permission.FILES, "java/io/File", null),
            deny(Permission.FILES, "java/io/FileInputStream", null),
            deny(Permission.FILES, "java/io/FileOutputStream", null),
            deny(Permission.FILES, "java/io/FileReader", null),
            deny(Permission.FILES, "java/io/FileWriter", null),
            deny(Permission.FILES, "java/io/RandomAccessFile", null),
            deny(Permission.FILES, "java/nio/file/", null),
            deny(Permission.FILES, "java/nio/channels/FileChannel", null),
            deny(Permission.FILES, "java/nio/channels/AsynchronousFileChannel", null),
            deny(Permission.FILES, "java/util/zip/ZipFile", null),
            deny(Permission.FILES, "java/util/jar/JarFile", null),
            deny(Permission.FILES, "java/util/logging/FileHandler", null),

            deny(Permission.NETWORK, "java/net/", null),
            deny(Permission.NETWORK, "javax/net/", null),
            deny(Permission.NETWORK, "java/nio/channels/SocketChannel", null),
            deny(Permission.NETWORK, "java/nio/channels/ServerSocketChannel", null),
            deny(Permission.NETWORK, "java/nio/channels/DatagramChannel", null),
            deny(Permission.NETWORK, "java/nio/channels/AsynchronousSocketChannel", null),
            deny(Permission.NETWORK, "java/nio/channels/AsynchronousServerSocketChannel", null),
            deny(Permission.NETWORK, "java/rmi/", null),
            deny(Permission.NETWORK, "java/sql/DriverManager", null),

            // The host's insides: JNDI hands out its data source, the container its beans.
            deny(Permission.HOST_INTERNALS, "javax/naming/", null),
            deny(Permission.HOST_INTERNALS, "javax/sql/", null),
            deny(Permission.HOST_INTERNALS, "jakarta/", null),
            deny(Permission.HOST_INTERNALS, "org/hibernate/", null),
            deny(Permission.HOST_INTERNALS, "fish/payara/", null),
            deny(Permission.HOST_INTERNALS, "org/glassfish/", null),
            deny(Permission.HOST_INTERNALS, "com/hazelcast/", null),

            deny(Permission.UNSAFE, "sun/", null),
            deny(Permission.UNSAFE, "jdk/internal/", null),
            deny(Permission.UNSAFE, "com/sun/", null));

    /** Writers whose constructor taking one String as first argument opens a file of that name. */
    private static final java.util.Set<String> FILE_NAME_WRITERS =
            java.util.Set.of("java/io/PrintWriter", "java/io/PrintStream", "java/util/Formatter");

    private static final String HOST = "org/notegarden/";
    private static final String SPI = "org/notegarden/storefront/spi/";

    private ForbiddenApis() {
    }

    /**
     * The permission a use of {@code member} of {@code owner} needs, or empty when it is free.
     * {@code ownClasses} answers whether a class is the plugin's own (its own JARs may hold
     * packages named like the host's, and may bundle their own copies of any library).
     */
    static Optional<Permission> needed(String owner, String member, String descriptor,
                                      java.util.function.Predicate<String> ownClasses) {
        String type = elementType(owner);
        if (type == null || ownClasses.test(type)) {
            return Optional.empty();
        }
        if (FILE_NAME_WRITERS.contains(type) && "<init>".equals(member) && descriptor != null
                && descriptor.startsWith("(Ljava/lang/String;")) {
            return Optional.of(Permission.FILES); // new PrintWriter("/etc/…") opens a file by name
        }
        if (type.startsWith(HOST) && !type.startsWith(SPI)) {
            return Optional.of(Permission.HOST_INTERNALS);
        }
        for (Rule rule : RULES) {
            if (rule.matches(type, member)) {
                return Optional.ofNullable(rule.permission());
            }
        }
        return Optional.empty();
    }

    /** The class an owner or descriptor names: arrays unwrapped, primitives none. */
    private static String elementType(String owner) {
        String t = owner;
        while (t.startsWith("[")) {
            t = t.substring(1);
        }
        if (t.startsWith("L") && t.endsWith(";")) {
            return t.substring(1, t.length() - 1);
        }
        return t.length() == 1 ? null : t;
    }
}
