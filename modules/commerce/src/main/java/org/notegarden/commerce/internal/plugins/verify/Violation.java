package org.notegarden.commerce.internal.plugins.verify;

/**
 * One forbidden use found in a plugin's bytecode: where (JAR, class, method) and what it calls.
 *
 * @param jar        the JAR file's name inside the plugin folder
 * @param className  the class holding the use, dotted
 * @param method     the method holding the use ({@code <class>} for the class declaration itself)
 * @param call       what is used, e.g. {@code java.lang.System.exit}
 * @param permission the permission the use needs
 */
public record Violation(String jar, String className, String method, String call, Permission permission) {
    /** "calls java.lang.System.exit in com.acme.Promo.apply (acme.jar): end or hook the server process". */
    public String describe() {
        return "calls " + call + " in " + className + "." + method + " (" + jar + "): " + permission.meaning()
                + " [" + permission.configName() + "]";
    }
}
