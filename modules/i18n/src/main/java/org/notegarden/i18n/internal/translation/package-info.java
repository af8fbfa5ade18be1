/** Translation providers (offline CC-CEDICT, LibreTranslate, DeepL) and the configured choice among them. */
package org.notegarden.i18n.internal.translation;
