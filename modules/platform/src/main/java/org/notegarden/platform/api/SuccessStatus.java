package org.notegarden.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The success status of a resource method that returns its body directly, such as 201 Created
 * or 202 Accepted. A method declares its answer's type as its return type, rather than hiding it
 * in a {@code Response}, because that is the only way Payara's API document names the type
 * (payara/Payara#4802 ignores {@code @Schema(implementation)} for types it has not met as a
 * return type); this annotation keeps the status such a method used to set on its Response.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SuccessStatus {
    /** The HTTP status answered instead of 200 when the method returns normally. */
    int value();
}
