/**
 * Discovery: the home feed in the mode the reader chose ("for you" from their own searches and
 * interactions, or non-personalised latest / popular nearby), with the reasons for every card
 * and "not interested". Used by community's web layer only.
 */
package org.notegarden.community.internal.discovery;
