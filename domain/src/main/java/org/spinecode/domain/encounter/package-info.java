/** What the caller tells us about a session: the encounter, its procedures, targets and history. */
@ClaimValueStyle
package org.spinecode.domain.encounter;

import org.spinecode.domain.ClaimValueStyle;
