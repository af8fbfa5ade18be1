/**
 * Inside of the platform module: JAX-RS providers that turn every failure into problem+json
 * and the CDI producers of shared infrastructure (clock). No other module may use these types.
 */
package org.notegarden.platform.internal;
