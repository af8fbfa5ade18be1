/**
 * Verification of partner plugin JARs before they load: an ASM scan of every class against a
 * rule list of forbidden APIs (process exit, processes, files, network, reflection, class
 * loaders, threads, unsafe and native code, environment, host internals), with per-plugin
 * allowances an operator sets in configuration. Used only by the plugin host.
 */
package org.notegarden.commerce.internal.plugins.verify;
