/**
 * Response bodies written with Jackson in JSON-B's shape (see {@link
 * org.notegarden.platform.internal.json.ResponseJsonWriter} for why): the writer, the types it
 * takes, and the mapper that reproduces JSON-B's defaults.
 */
package org.notegarden.platform.internal.json;
