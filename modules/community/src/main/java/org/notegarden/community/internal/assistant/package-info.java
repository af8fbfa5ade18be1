/** Content assistant providers, the choice between them, and remembering what they suggested. */
package org.notegarden.community.internal.assistant;
