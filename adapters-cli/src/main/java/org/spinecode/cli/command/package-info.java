/**
 * The picocli commands: {@code code}, {@code serve}, {@code codes}, {@code explain},
 * {@code plugins}. They parse, call the primary port and render; they know no coding rule.
 */
package org.spinecode.cli.command;
