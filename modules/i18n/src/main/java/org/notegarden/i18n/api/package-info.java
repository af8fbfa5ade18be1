/**
 * Face of the i18n module: the supported locales and access to the UI message bundles, which
 * this module owns for every other module and for the web client; translation; Chinese script
 * conversion (Traditional → Simplified, pinyin) and the names of the shared search analyzers.
 */
package org.notegarden.i18n.api;
