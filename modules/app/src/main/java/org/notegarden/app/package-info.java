/**
 * The one deployable: the JAX-RS application, the data source and persistence wiring, and the
 * start-up work that belongs to no single module (migrations). Holds no domain rules.
 */
package org.notegarden.app;
