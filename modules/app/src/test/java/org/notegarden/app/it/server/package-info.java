/** The WAR on Payara Micro as a child process a test owns: started with its own settings, stopped or killed. */
package org.notegarden.app.it.server;
