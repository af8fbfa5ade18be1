/** Translating notes and comments for readers, and authors' own translations. Community's web layer only. */
package org.notegarden.community.internal.translation;
