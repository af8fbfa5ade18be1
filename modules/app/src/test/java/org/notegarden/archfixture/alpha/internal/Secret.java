package org.notegarden.archfixture.alpha.internal;

/** Fixture: the inside of module alpha. */
public class Secret {
    public String value() {
        return "secret";
    }
}
