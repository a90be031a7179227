/**
 * Check mode: lines someone already billed, compared with the lines SpineCode codes for the same
 * encounter, each difference explained with its authority, and the billed lines judged by the
 * claim edits.
 */
@ClaimValueStyle
package org.spinecode.domain.check;

import org.spinecode.domain.ClaimValueStyle;
