package org.notegarden.archfixture.beta.internal;

import org.notegarden.archfixture.alpha.internal.Secret;

/** Fixture: module beta reaching into alpha's inside, which the face rule must report. */
public class Thief {
    public String steal() {
        return new Secret().value();
    }
}
