/**
 * Demo seeding: people, notes, shops and products for a demo installation
 * ({@code notegarden.demo=true}), through the faces of community and commerce only.
 */
package org.notegarden.demo.internal;
