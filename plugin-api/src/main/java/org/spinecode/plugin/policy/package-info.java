/**
 * Published payer policies that more than one family declares, as dated data: the Medicare
 * epidural steroid injection and facet joint intervention LCDs, the hospital outpatient prior
 * authorization list, and payer positions on ultrasound guidance. The rows live in the policy table
 * {@code org/spinecode/data/policies.csv} ({@link org.spinecode.plugin.data.PolicyTable}); these
 * classes only name them. A plugin attaches them to its code definitions; the engine applies them.
 */
@DomainStyle
package org.spinecode.plugin.policy;

import org.spinecode.domain.DomainStyle;
