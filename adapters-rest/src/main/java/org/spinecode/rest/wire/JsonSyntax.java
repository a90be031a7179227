package org.spinecode.rest.wire;

import java.util.List;

/**
 * What is wrong with broken JSON, in a sentence for people. The parser's own message names its
 * settings and classes and may quote the input, so it is only matched here, never passed on.
 */
final class JsonSyntax {
  private record Known(String start, String contains, String sentence) {}

  private static final List<Known> KNOWN = List.of(
      new Known("Unexpected end-of-input", "", "the record ends before it is complete (a closing bracket or quote is missing)"),
      new Known("Unexpected character", "was expecting a colon", "a field name must be followed by a colon"),
      new Known("Unexpected character", "double-quote to start field name", "a field name must be written in double quotes"),
      new Known("Unexpected character", "comma to separate Object entries", "fields must be separated by commas"),
      new Known("Unexpected character", "comma to separate Array entries", "array elements must be separated by commas"),
      new Known("Unexpected character", "expected a value", "a value is missing here"),
      new Known("Unexpected character", "", "a character here is not allowed in JSON"),
      new Known("Unexpected close marker", "", "a closing bracket does not match the one that was opened"),
      new Known("Unrecognized token", "", "text here is not a JSON value (strings must be in double quotes)"),
      new Known("Non-standard token", "", "NaN and Infinity are not JSON numbers"),
      new Known("Invalid numeric value: Leading zeroes", "", "a number may not start with a zero"),
      new Known("Invalid numeric value", "", "a number is not written as JSON numbers are"),
      new Known("Unrecognized character escape", "", "a backslash in a string starts an escape JSON does not know"),
      new Known("Illegal unquoted character", "", "a string holds a control character; write it as an escape such as \\t"),
      new Known("Illegal character", "", "a control character is not allowed here"),
      new Known("Invalid UTF-8", "", "the bytes are not valid UTF-8"),
      new Known("Invalid UTF-32", "", "the bytes are not valid UTF-8"),
      new Known("Unexpected end-of-String", "", "a string is not closed"),
      new Known("Numeric value", "out of range", "a number is too large"));

  private JsonSyntax() {}

  static String explain(String parserMessage) {
    if (parserMessage != null) {
      for (Known known : KNOWN) {
        if (parserMessage.startsWith(known.start()) && parserMessage.contains(known.contains())) {
          return known.sentence();
        }
      }
    }
    return "the JSON syntax is broken here";
  }
}
