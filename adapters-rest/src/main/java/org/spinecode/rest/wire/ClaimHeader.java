package org.spinecode.rest.wire;

import org.spinecode.domain.encounter.Encounter;

/**
 * What a claim format needs beside a result's lines and findings: the encounter as it was coded
 * (date of service, place of service, claim type, diagnoses) and the caller's FHIR references. It
 * rides along with a {@link ResultJson} only when a claim format was asked for, and is never part
 * of the JSON.
 */
public record ClaimHeader(Encounter encounter, FhirReferences fhir) {}
