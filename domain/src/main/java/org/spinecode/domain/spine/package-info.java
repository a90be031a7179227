/** Spinal anatomy as coders count it: levels, foramina, medial branches, sides and code regions. */
@DomainStyle
package org.spinecode.domain.spine;

import org.spinecode.domain.DomainStyle;
