package org.spinecode.domain.engine;

import org.spinecode.domain.family.CodedService;
import org.spinecode.domain.claim.Modifier;

/** A coded service on its way to the claim, with what payer policy decided about it. */
final class Billable {
  final CodedService service;
  final int session;
  /** The code's declaration order in the catalogue: primary codes before their add-ons. */
  final int rank;
  /** The service's levels as {@link LevelBits}: the limits and the claim lines read them. */
  final long levels;
  boolean expectedDenial;
  /** A modifier the payer wants for the service's purpose, such as KX; null when none. */
  Modifier attestation;

  Billable(CodedService service, int session, int rank) {
    this.service = service;
    this.session = session;
    this.rank = rank;
    this.levels = LevelBits.of(service.levels());
  }

  String code() {
    return service.code().code();
  }
}
