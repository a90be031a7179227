package org.spinecode.domain.family;

/**
 * The driven port a procedure family implements: turn one session of the family (all its
 * procedures with the same guidance on the date) into coded services, one per side and code unit,
 * plus the family's own findings. Everything that is the same for every family (bilateral styles,
 * modifiers, payer policies) is the engine's job, driven by the code definitions.
 */
public interface FamilyCoder {

  /**
   * @throws org.spinecode.domain.InvalidInputException with the full field path when a procedure
   *     lacks what the family needs (see {@link SessionProcedure#path()})
   */
  FamilyCoding code(Session session);
}
