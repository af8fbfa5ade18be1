/** Short-lived keeping of views that many requests read alike (see {@link org.notegarden.community.internal.kept.KeptBriefly}). */
package org.notegarden.community.internal.kept;
