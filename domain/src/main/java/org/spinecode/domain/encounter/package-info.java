/** What the caller tells us about a session: the encounter, its procedures, targets and history. */
@DomainStyle
package org.spinecode.domain.encounter;

import org.spinecode.domain.DomainStyle;
