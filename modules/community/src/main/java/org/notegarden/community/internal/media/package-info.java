/** Upload checking by content, image re-encoding, storage behind MediaStore, and serving with Range and caching. */
package org.notegarden.community.internal.media;
