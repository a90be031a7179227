package org.spinecode.domain.encounter;

import java.util.Locale;
import org.spinecode.domain.InvalidInputException;

/**
 * Where the service was performed, by its two-letter USPS code: the 50 states, the District of
 * Columbia and the territories Medicare contractors serve (PR, VI, GU, AS, MP). Medicare's
 * contractor (MAC jurisdiction) and state-based programs such as WISeR follow it.
 */
public enum UsState {
  AK, AL, AR, AS, AZ, CA, CO, CT, DC, DE, FL, GA, GU, HI, IA, ID, IL, IN, KS, KY, LA, MA, MD, ME, MI, MN, MO, MP,
  MS, MT, NC, ND, NE, NH, NJ, NM, NV, NY, OH, OK, OR, PA, PR, RI, SC, SD, TN, TX, UT, VA, VI, VT, WA, WI, WV, WY;

  /** Reads a two-letter USPS code in any case; anything else is invalid input. */
  public static UsState parse(String text) {
    if (text != null) {
      String code = text.strip().toUpperCase(Locale.ROOT);
      if (code.length() == 2) {
        for (UsState state : values()) {
          if (state.name().equals(code)) {
            return state;
          }
        }
      }
    }
    throw new InvalidInputException("", "'" + text + "' is not the two-letter USPS code of a state, DC or a"
        + " territory (PR, VI, GU, AS, MP)");
  }
}
