package org.notegarden.plugintestkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the operator would configure for the plugin under test, on a test method or class:
 * {@code @PluginSettings({"fee=700"})} is {@code notegarden.plugin.<id>.fee=700}, and
 * {@code permissions = "network:api.giftwrap.example"} is
 * {@code notegarden.plugins.permissions.<id>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PluginSettings {
    /** {@code key=value} pairs, keys as the plugin reads them with {@code PluginContext.config}. */
    String[] value() default {};

    /** The permissions the operator allowed, comma-separated; none by default. */
    String permissions() default "";
}
