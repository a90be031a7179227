/**
 * The codes that plugins contribute: labels, regions, add-on parents, counting rules and the
 * payer policies (package {@code policy}) declared about them.
 */
@DomainStyle
package org.spinecode.domain.catalogue;

import org.spinecode.domain.DomainStyle;
