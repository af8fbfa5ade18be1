/** Brand–creator collaborations: invitations, decisions, and the sponsored notes that come of them. */
package org.notegarden.community.internal.collab;
