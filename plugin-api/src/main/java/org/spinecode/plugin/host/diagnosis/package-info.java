/**
 * Loaders of the diagnosis reference data, for hosts only: ICD-10-CM releases (the CDC order file
 * of any fiscal year, and the bundled FY2024 spine extract) and CMS's Medicare Coverage Database
 * article export, read as CMS publishes it. Every error names the file and line and carries no
 * Java internals.
 */
@DomainStyle
package org.spinecode.plugin.host.diagnosis;

import org.spinecode.domain.DomainStyle;
