/** What SpineCode answers: claim lines with modifiers and units, and cited findings. */
@DomainStyle
package org.spinecode.domain.claim;

import org.spinecode.domain.DomainStyle;
