/**
 * Cross-family acceptance tests: the public, check, jurisdiction and diagnosis scenarios through
 * the product as the CLI builds it (and through the shaded jar), and the coding and check
 * properties over random encounters of every shipped family. The other tests of this module test
 * the command line itself.
 */
package org.spinecode.cli.acceptance;
