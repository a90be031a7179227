/**
 * The machinery behind the primary port {@link org.spinecode.domain.EncounterCoder}: sessions,
 * one small check per policy kind run from one ordered list, claim assembly. Only the engine, its route,
 * its family calls and a quarantined plugin are public; plugins never use this package.
 */
@DomainStyle
package org.spinecode.domain.engine;

import org.spinecode.domain.DomainStyle;
