/**
 * Reference data read once at start: the product's code dates, CMS's NCCI tables (procedure-to-
 * procedure pairs, MUEs, add-on codes) and fee-schedule indicators, bundled as a dated, cited
 * extract, or newer official CMS files from a folder the user names. Every error names the file
 * and line.
 */
@DomainStyle
package org.spinecode.plugin.data;

import org.spinecode.domain.DomainStyle;
