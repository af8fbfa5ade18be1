package org.notegarden.archfixture.gamma.api;

/** Fixture: a port in gamma's face that nothing inside gamma implements or uses. */
public interface StrayPort {
    String answer();
}
