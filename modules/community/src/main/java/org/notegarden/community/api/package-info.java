/**
 * Face of the community module: who people are (for other modules that show or check
 * accounts) and the events it publishes. Notes, media and the social graph stay inside.
 */
package org.notegarden.community.api;
