/** Interlaminar and caudal epidural injections and catheters, 62320-62327. */
@DomainStyle
package org.spinecode.plugins.interlaminar;

import org.spinecode.domain.DomainStyle;
