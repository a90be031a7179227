/** What SpineCode answers: claim lines with modifiers and units, and cited findings. */
@ClaimValueStyle
package org.spinecode.domain.claim;

import org.spinecode.domain.ClaimValueStyle;
