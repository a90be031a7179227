/**
 * Published payer policies that more than one family declares, as dated data: the Medicare
 * epidural steroid injection and facet joint intervention LCDs, the hospital outpatient prior
 * authorization list, and payer positions on ultrasound guidance. A plugin attaches the constants
 * to its code definitions; the engine applies them.
 */
@DomainStyle
package org.spinecode.plugin.policy;

import org.spinecode.domain.DomainStyle;
