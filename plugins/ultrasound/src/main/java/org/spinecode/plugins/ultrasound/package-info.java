/** Ultrasound-guided facet and transforaminal injections: Category III 0213T-0218T, 0228T-0231T. */
@DomainStyle
package org.spinecode.plugins.ultrasound;

import org.spinecode.domain.DomainStyle;
