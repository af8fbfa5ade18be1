/**
 * Face of the commerce module. Today it holds the rule that decides whether a partner plugin
 * may be loaded; shops, catalog, checkout and the plugin host arrive with the commerce issue.
 */
package org.notegarden.commerce.api;
