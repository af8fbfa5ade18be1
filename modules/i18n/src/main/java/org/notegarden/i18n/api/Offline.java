package org.notegarden.i18n.api;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Selects the embedded CC-CEDICT {@link Translator}, whatever provider the operator configured:
 * for work that runs on every request (translating search queries) and must never wait on, or
 * pay for, a remote service. Plain {@code @Inject Translator} gets the configured provider.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER})
public @interface Offline {
}
