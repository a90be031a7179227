/**
 * The readers a family uses for the tables in its own jar: its code table ({@link
 * org.spinecode.plugin.data.CodeTable}, rows the host resolves), its own payer policy tables
 * ({@link org.spinecode.plugin.data.PolicyTable}), the CSV format they share ({@link
 * org.spinecode.plugin.data.Table}) and the listing entry of a loaded table ({@link
 * org.spinecode.plugin.data.DataTable}). Every error names the file and line. The product's own
 * reference data is the host's ({@code org.spinecode.plugin.host}).
 */
@DomainStyle
package org.spinecode.plugin.data;

import org.spinecode.domain.DomainStyle;
