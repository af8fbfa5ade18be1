package org.notegarden.archfixture.kernel.api;

/** Fixture: a kernel type that only one module (gamma) uses. */
public class Lonely {
}
