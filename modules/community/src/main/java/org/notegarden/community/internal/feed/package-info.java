/** The latest feed, the following feed and topic pages, all paged by cursor. */
package org.notegarden.community.internal.feed;
