package org.notegarden.commerce.internal.plugins.verify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a plugin's bytecode may not do unless an operator allows it for that plugin
 * ({@code notegarden.plugins.permissions.<id>=network,files}). Some are never allowed: no
 * configuration lets a partner's code end the server, load classes, reach the host's insides,
 * or step outside the JVM's memory safety.
 */
public enum Permission {
    EXIT(false, "end or hook the server process"),
    CLASS_LOADERS(false, "obtain or create class loaders"),
    HOST_INTERNALS(false, "reach the host's classes, naming context or container"),
    UNSAFE(false, "use JDK-internal or unsafe APIs"),
    NATIVE(false, "load or declare native code"),
    PROCESS(true, "start or control operating-system processes"),
    FILES(true, "read or write files"),
    NETWORK(true, "open network connections"),
    REFLECTION(true, "use reflection or method handles"),
    THREADS(true, "create threads or thread pools"),
    ENVIRONMENT(true, "read or change environment variables and system properties");

    private final boolean allowable;
    private final String meaning;

    Permission(boolean allowable, String meaning) {
        this.allowable = allowable;
        this.meaning = meaning;
    }

    /** Whether an operator may grant it to a plugin in configuration. */
    public boolean allowable() {
        return allowable;
    }

    public String meaning() {
        return meaning;
    }

    /** The name operators write in configuration: {@code class-loaders}, {@code network}, … */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Permission> byConfigName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.configName().equals(wanted)).findFirst();
    }
}
