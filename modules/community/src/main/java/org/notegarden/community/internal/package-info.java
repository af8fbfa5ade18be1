/**
 * Inside of the community module, one sub-package per area: accounts and sessions, media,
 * notes, the social graph, notifications, feeds, demo data and the shared web helpers.
 * Only this module may use these types.
 */
package org.notegarden.community.internal;
