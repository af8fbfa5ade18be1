/**
 * The face of the shared kernel, usable by every module: the caller of a request and the request
 * itself, problems that become {@code application/problem+json} responses with keyed messages,
 * cursor paging and roles. Deliberately small: anything that belongs to one module lives in
 * that module (ArchUnit's kernel rule fails when a type here serves fewer than two modules).
 */
package org.notegarden.platform.api;
