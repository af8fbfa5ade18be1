/** Example partner plugin: a sandbox card processor with test cards that pay, decline or fail. */
package org.notegarden.plugins.sandbox;
