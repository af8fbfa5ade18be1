/** Likes, collects and boards, comments with one level of replies, and follows. */
package org.notegarden.community.internal.social;
