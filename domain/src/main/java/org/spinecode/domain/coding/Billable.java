package org.spinecode.domain.coding;

import org.spinecode.domain.claim.Modifier;

/** A coded service on its way to the claim, with what payer policy decided about it. */
final class Billable {
  final CodedService service;
  final int session;
  boolean expectedDenial;
  /** A modifier the payer wants for the service's purpose, such as KX; null when none. */
  Modifier attestation;

  Billable(CodedService service, int session) {
    this.service = service;
    this.session = session;
  }

  String code() {
    return service.code().code();
  }
}
