package org.notegarden.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a text field of the API can hold: the names of an enum's constants. Views carry
 * states and kinds as text (the JSON a client reads), so the API document lists the values
 * from here; a generated client then gets an enum, and a new constant shows up in the contract.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface EnumValues {
    /** The enum whose constant names are the allowed values. */
    Class<? extends Enum<?>> value();
}
