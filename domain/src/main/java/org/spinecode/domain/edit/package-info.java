/**
 * Claim-level edits from CMS's tables and the code dates: {@link org.spinecode.domain.edit.ClaimEdits}
 * judges a list of claim lines (SpineCode's own, or lines someone already billed) for a date of
 * service, payer, setting and claim type, and returns findings. The tables arrive as values
 * ({@link org.spinecode.domain.edit.EditTables}); reading files is the plugin API's job.
 */
@ClaimValueStyle
package org.spinecode.domain.edit;

import org.spinecode.domain.ClaimValueStyle;
