/**
 * The codes that plugins contribute, and the payer policies they declare about them as dated data:
 * the engine applies these the same way for every family.
 */
@DomainStyle
package org.spinecode.domain.catalogue;

import org.spinecode.domain.DomainStyle;
