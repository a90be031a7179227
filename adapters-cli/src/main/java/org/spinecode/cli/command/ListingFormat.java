package org.spinecode.cli.command;

/** How listings (codes, plugins, explanations) are printed. */
enum ListingFormat {
  TABLE,
  JSON
}
