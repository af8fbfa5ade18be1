package org.notegarden.archfixture.alpha.api;

/** Fixture: a module face that wrongly holds an entity and calls back into beta (a cycle). */
@jakarta.persistence.Entity
public class AlphaFace {
    public Object back() {
        return new org.notegarden.archfixture.beta.internal.Thief();
    }
}
