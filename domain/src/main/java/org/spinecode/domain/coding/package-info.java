/**
 * The coding engine behind the primary port {@link org.spinecode.domain.coding.EncounterCoder},
 * the driven port {@link org.spinecode.domain.coding.FamilyCoder} that each procedure family
 * implements, and the shared arithmetic families use: placements per side and code ladders.
 */
@DomainStyle
package org.spinecode.domain.coding;

import org.spinecode.domain.DomainStyle;
