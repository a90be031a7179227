/**
 * The kinds of payer and edit rule, as dated values with their authority: level, region and
 * frequency limits, purpose modifiers, coverage, prior authorization, prerequisite sessions. The
 * rows themselves are data that plugins and the product's tables declare; the engine applies them.
 */
@DomainStyle
package org.spinecode.domain.policy;

import org.spinecode.domain.DomainStyle;
