/** Transforaminal epidural injections under fluoroscopy or CT, 64479-64484. */
@DomainStyle
package org.spinecode.plugins.transforaminal;

import org.spinecode.domain.DomainStyle;
