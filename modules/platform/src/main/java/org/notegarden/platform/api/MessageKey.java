package org.notegarden.platform.api;

/**
 * A stable key of a server message, owned by one module: the base name of that module's bundle
 * ({@code org.notegarden.<module>.problems}, with {@code _zh_CN} and {@code _zh_TW} beside it) and
 * the key inside it. Modules declare their keys as an enum, so the keys can be listed and every
 * one checked against the bundles by a unit test of the module that owns it.
 */
public interface MessageKey {
    /** The bundle's base name, e.g. {@code org.notegarden.commerce.problems}. */
    String bundle();

    /** The key in the bundle (an enum constant's name). */
    String name();
}
