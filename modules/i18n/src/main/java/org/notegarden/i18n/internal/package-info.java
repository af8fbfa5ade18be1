/** Inside of the i18n module: bundle loading and the REST resource serving bundles to the web client. */
package org.notegarden.i18n.internal;
