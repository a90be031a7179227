/** Facet joint and medial branch injections under fluoroscopy or CT, 64490-64495. */
@DomainStyle
package org.spinecode.plugins.facet;

import org.spinecode.domain.DomainStyle;
