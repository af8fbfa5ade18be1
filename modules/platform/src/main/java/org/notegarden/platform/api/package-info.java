/**
 * The face of the shared kernel, usable by every module: the caller of a request, errors that
 * become {@code application/problem+json} responses, cursor paging and roles. Deliberately
 * small: anything that belongs to one module lives in that module.
 */
package org.notegarden.platform.api;
