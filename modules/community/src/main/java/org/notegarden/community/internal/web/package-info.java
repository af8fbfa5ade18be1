/** Helpers shared by this module's REST resources: request-body types and the view assembler. */
package org.notegarden.community.internal.web;
