package org.spinecode.rest.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The API keys a server accepts, kept as SHA-256 digests so that the file naming them gives no
 * key away. The file holds one lower- or upper-case hex digest (64 digits) per line; {@code #}
 * starts a comment, blank lines are skipped. Make a key and its line with, for example,
 * {@code key=$(openssl rand -hex 32); printf %s "$key" | sha256sum}.
 */
public final class ApiKeys {
  private static final ApiKeys NONE = new ApiKeys(List.of());
  private static final int DIGEST_HEX = 64;

  private final List<byte[]> digests;

  private ApiKeys(List<byte[]> digests) {
    this.digests = List.copyOf(digests);
  }

  /** No keys: every request is served, as a server on the loopback address needs. */
  public static ApiKeys none() {
    return NONE;
  }

  /**
   * Reads a key file.
   *
   * @throws IllegalArgumentException naming the file and line of a line that is not a digest, or a
   *     file that names no key
   * @throws IOException when the file cannot be read
   */
  public static ApiKeys read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<byte[]> digests = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String digest = (hash < 0 ? line : line.substring(0, hash)).strip().toLowerCase(Locale.ROOT);
      if (digest.isEmpty()) {
        continue;
      }
      if (digest.length() != DIGEST_HEX || !digest.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        // The line may be a key pasted by mistake: say where, never what.
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a SHA-256 digest (64 hex digits);"
            + " store the digest of each key, never the key itself");
      }
      digests.add(HexFormat.of().parseHex(digest));
    }
    if (digests.isEmpty()) {
      throw new IllegalArgumentException(file + " names no key; every request would be refused");
    }
    return new ApiKeys(digests);
  }

  /** Whether requests must carry a key. */
  public boolean required() {
    return !digests.isEmpty();
  }

  /** Whether {@code key} is one of the keys; compares every digest in constant time. */
  boolean accepts(String key) {
    byte[] presented = sha256(key);
    boolean found = false;
    for (byte[] digest : digests) {
      found |= MessageDigest.isEqual(digest, presented);
    }
    return found;
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
