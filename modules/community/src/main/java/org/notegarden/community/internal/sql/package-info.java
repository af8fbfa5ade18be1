/** Small helpers for the native SQL the module writes by hand (time columns across H2 and PostgreSQL). */
package org.notegarden.community.internal.sql;
