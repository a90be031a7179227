package org.spinecode.domain.engine;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The codes a finding touches, in the order first added, without repeats: a finding touches a
 * few codes, so they are found by a scan of a list rather than hashed.
 */
final class FewCodes extends AbstractSet<String> {
  private final List<String> codes = new ArrayList<>(2);

  @Override
  public boolean add(String code) {
    if (codes.contains(code)) {
      return false;
    }
    return codes.add(code);
  }

  @Override
  public boolean contains(Object code) {
    return codes.contains(code);
  }

  @Override
  public Iterator<String> iterator() {
    return codes.iterator();
  }

  @Override
  public int size() {
    return codes.size();
  }

  /** The codes as an immutable list, in order. */
  List<String> toList() {
    return List.copyOf(codes);
  }
}
