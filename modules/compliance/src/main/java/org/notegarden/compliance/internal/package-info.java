/** Inside of the compliance module: the hash-chained audit log's storage and its admin resource. */
package org.notegarden.compliance.internal;
