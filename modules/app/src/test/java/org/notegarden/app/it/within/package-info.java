/**
 * Tests that run inside the server (Arquillian's servlet protocol) against the modules' services.
 * The package name sorts after every other IT package, so their own deployment comes last in a run.
 */
package org.notegarden.app.it.within;
