package org.spinecode.domain.policy;

import java.util.List;
import java.util.Optional;
import org.spinecode.domain.encounter.Payer;

/**
 * One row of a payer policy table as text, read by column name: what a {@link PolicyKind} turns
 * into its value. The table reader behind it names the file and line in every error; a value's own
 * refusal ({@code @Value.Check}) is reported at that row too.
 */
public interface PolicyRow {

  Payer payer();

  /** The row's effective dates (inclusive start, first date it no longer applies). */
  DateRange window();

  /** Where the row holds (optional columns lcd, jurisdictions, states, program); everywhere when absent. */
  PolicyScope scope();

  /** The words every finding raised by the row cites. */
  String authority();

  /** The trimmed field; an error when it is blank. */
  String required(String column);

  Optional<String> optional(String column);

  /** A whole number of at least {@code min}; an error naming the column otherwise. */
  int number(String column, int min);

  /** {@code true}/{@code yes} or {@code false}/{@code no}. */
  boolean flag(String column);

  /** A {@code ;}-separated list, upper-cased, blanks dropped. */
  List<String> list(String column);

  /** One of an enum's names; an error listing them otherwise. */
  <E extends Enum<E>> E oneOf(String column, Class<E> type);

  /** A {@code ;}-separated list of an enum's names. */
  <E extends Enum<E>> List<E> listOf(String column, Class<E> type);

  /** An error naming the file, the line and {@code problem}. */
  RuntimeException fail(String problem);
}
