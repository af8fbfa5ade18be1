/** Region policies read from the operator's configuration file: ages, labels, retention, defaults. */
package org.notegarden.compliance.internal.region;
