package org.spinecode.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * The encounter mixes the benchmarks cycle through, kept as contract JSON (one encounter per line)
 * beside this class so that the engine, the codec and the end-to-end benchmarks see the same cases.
 */
public enum Mix {
  /**
   * Sixteen two-procedure sessions as a pain clinic's day brings them: transforaminal with facet,
   * bilateral multi-level facet, Medicare with history and limits firing, commercial, an ASC
   * facility claim, caudal, ultrasound, prior authorization, the thoracolumbar junction, an ABN,
   * two-units billing and one refused unguided facet.
   */
  TWO_PROCEDURES("two-procedures.ndjson"),
  /** The 48 valid one-procedure golden scenarios (scenarios/public.json), for reference. */
  ONE_PROCEDURE("one-procedure.ndjson"),
  /**
   * A thousand encounters as the batch bar's generator writes them ({@code ../shared/tools/gen_encounters.py
   * 1000}, seeded): one or two procedures, every family and guidance, both payers, all settings. The
   * mix the CLI batch codes in {@code batch_floor.py}.
   */
  REALISTIC("realistic.ndjson");

  private final String resource;

  Mix(String resource) {
    this.resource = resource;
  }

  /** The encounters as contract JSON, one per element, in file order. */
  public List<String> json() {
    try (InputStream in = Mix.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The encounters as domain values, converted once by the wire codec. */
  public List<Encounter> encounters(WireCodec codec) {
    List<Encounter> encounters = new ArrayList<>();
    for (String json : json()) {
      encounters.add(new WireMapping().toDomain(codec.readEncounter(json)));
    }
    return List.copyOf(encounters);
  }
}
