/**
 * The module's actions for code that acts on people's behalf outside a request (the face's
 * {@link org.notegarden.community.api.CommunityActions}). The top of the module: it calls the
 * services of every part and nothing calls it from inside.
 */
package org.notegarden.community.internal.actions;
