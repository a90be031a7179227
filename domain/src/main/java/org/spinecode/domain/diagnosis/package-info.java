/**
 * Diagnoses: ICD-10-CM releases by fiscal year (which code is billable on a date of service) and
 * the Medicare contractors' billing articles (which diagnoses support a procedure code), with the
 * coverage judgement as a pure function. Codes are handled as normalised dotted upper-case
 * strings ({@link org.spinecode.domain.diagnosis.DiagnosisCodes}). The data comes from the CDC
 * order file and CMS's Medicare Coverage Database export, read by the host's loaders.
 */
@DomainStyle
package org.spinecode.domain.diagnosis;

import org.spinecode.domain.DomainStyle;
