package org.spinecode.domain.policy;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One kind of payer rule: the name a policy table's {@code kind} column gives it, its value class,
 * and how a row becomes a value. Each value class declares its kind as {@code KIND}; the table
 * readers find kinds in {@link PolicyKinds}, and the engine's policy plan holds the check of each.
 *
 * @param <T> the value class
 */
public final class PolicyKind<T extends PayerPolicy> {
  private static final AtomicInteger SLOTS = new AtomicInteger();

  private final int slot = SLOTS.getAndIncrement();
  private final String name;
  private final Class<T> type;
  private final boolean perCode;
  private final Function<PolicyRow, T> reader;

  private PolicyKind(String name, Class<T> type, boolean perCode, Function<PolicyRow, T> reader) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.perCode = perCode;
    this.reader = Objects.requireNonNull(reader);
    if (slot >= Long.SIZE) {
      throw new IllegalStateException("more policy kinds than bits in a long: " + name);
    }
  }

  /** A kind a code's row names in its {@code policies} column; the engine checks it per code. */
  public static <T extends PayerPolicy> PolicyKind<T> perCode(String name, Class<T> type, Function<PolicyRow, T> reader) {
    return new PolicyKind<>(name, type, true, reader);
  }

  /** A kind a family's coder consults itself (the thoracolumbar junction), never attached to a code. */
  public static <T extends PayerPolicy> PolicyKind<T> perFamily(String name, Class<T> type,
      Function<PolicyRow, T> reader) {
    return new PolicyKind<>(name, type, false, reader);
  }

  /** This kind's own small number, so that a code finds its rules of a kind without a search. */
  public int slot() {
    return slot;
  }

  /** This kind as one bit of a {@code long}, for sets of kinds. */
  public long bit() {
    return 1L << slot;
  }

  /** How many kinds exist: every slot is below it. */
  public static int slots() {
    return SLOTS.get();
  }

  /** As the tables write it, such as {@code LEVEL_LIMIT}. */
  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** True when code rows may name it; false for a rule a family's coder applies itself. */
  public boolean perCode() {
    return perCode;
  }

  public T read(PolicyRow row) {
    return reader.apply(row);
  }

  @Override
  public String toString() {
    return name;
  }
}
