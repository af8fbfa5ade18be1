/** Fixture modules that break the house rules on purpose, for ModuleBoundariesTest. */
package org.notegarden.archfixture;
