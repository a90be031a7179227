package org.spinecode.domain.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.claim.ClaimLine;

/**
 * A billed code or units past the levels SpineCode counts for the same family and region: each
 * level counts once, whatever its sides (CONTRACT.md "Levels and sides"; the code's own counting
 * rule is the authority).
 */
final class LevelsCounted {
  private LevelsCounted() {}

  static Optional<Explanation> explain(CheckContext context, CodeDefinition billed, String consequence) {
    Set<String> levels = new LinkedHashSet<>();
    for (ClaimLine line : context.lines()) {
      Optional<CodeDefinition> code = context.code(line.code());
      if (code.isPresent() && code.get().family().equals(billed.family()) && code.get().region() == billed.region()) {
        levels.addAll(line.levels());
      }
    }
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>(levels);
    String count = names.size() == 1 ? "one level" : names.size() + " levels";
    return Optional.of(new Explanation("SpineCode counts " + count + " here (" + String.join(", ", names)
        + "), each level once whatever its sides: " + consequence, billed.authority()));
  }
}
