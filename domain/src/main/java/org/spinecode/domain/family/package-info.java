/**
 * What a procedure-family plugin uses: the driven port {@link org.spinecode.domain.family.FamilyCoder},
 * the session it is handed, placements per side and the code ladders of each region.
 */
@ClaimValueStyle
package org.spinecode.domain.family;

import org.spinecode.domain.ClaimValueStyle;
