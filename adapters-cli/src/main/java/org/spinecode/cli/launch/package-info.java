/** The launcher: main, the Guice wiring of plugins and engine, and exit-code mapping. */
package org.spinecode.cli.launch;
