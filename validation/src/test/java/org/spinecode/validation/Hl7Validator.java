package org.spinecode.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * The HL7 FHIR R4 validator (HAPI FHIR's {@code FhirInstanceValidator} over the core R4
 * definitions), offline: no terminology server, so code systems it does not hold (CPT, ICD-10-CM,
 * place of service) are warnings, while a missing required element, a wrong cardinality or a
 * broken invariant is an error. Built once per test run: its cold start is about ten seconds.
 */
final class Hl7Validator {
  private static final FhirValidator VALIDATOR = create();

  private Hl7Validator() {}

  private static FhirValidator create() {
    FhirContext context = FhirContext.forR4Cached();
    ValidationSupportChain chain = new ValidationSupportChain(
        new DefaultProfileValidationSupport(context),
        new InMemoryTerminologyServerValidationSupport(context),
        new CommonCodeSystemsTerminologyService(context),
        new SnapshotGeneratingValidationSupport(context));
    FhirValidator validator = context.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
    return validator;
  }

  /** Every message about the resource (errors, warnings and information). */
  static List<SingleValidationMessage> messages(String resource) {
    synchronized (VALIDATOR) {
      return VALIDATOR.validateWithResult(resource).getMessages();
    }
  }

  /** The messages of severity error or fatal about the resource. */
  static List<String> errors(String resource) {
    return errors(messages(resource));
  }

  /** Those of the messages of severity error or fatal. */
  static List<String> errors(List<SingleValidationMessage> messages) {
    return messages.stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(m -> m.getLocationString() + ": " + m.getMessage())
        .toList();
  }
}
