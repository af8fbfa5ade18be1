/** Notes: validation, topics and mentions, drafts and publishing, and the REST resource. */
package org.notegarden.community.internal.note;
