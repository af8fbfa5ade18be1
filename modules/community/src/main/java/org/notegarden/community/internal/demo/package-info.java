/** Opt-in demo data: a few dozen people and a few hundred bilingual notes with generated images. */
package org.notegarden.community.internal.demo;
