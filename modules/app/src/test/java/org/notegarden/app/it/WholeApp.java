package org.notegarden.app.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the whole app from outside: the WAR exactly as operators get it runs on Payara Micro
 * (deployed by {@code container.OperatorsWar} unless the class declares its own
 * {@code @Deployment}), and {@link WholeAppExtension} fills the class's {@link ApiClient},
 * {@link java.net.URL} and browser {@code WebClient} fields before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ArquillianExtension.class, WholeAppExtension.class})
public @interface WholeApp {
}
