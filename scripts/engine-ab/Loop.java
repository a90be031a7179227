import java.util.List;
import java.util.function.IntUnaryOperator;
import org.spinecode.bench.Mix;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.encounter.Encounter;
import org.spinecode.plugin.host.Installation;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.wire.WireCodec;

/**
 * One benchmarks jar's engine over one mix, as EngineBenchmark.code runs it: compiled against the
 * public API and loaded once per jar, each copy in its own class loader, so every jar codes with
 * its own classes. {@code applyAsInt(n)} codes the next n encounters of the mix.
 */
public final class Loop implements IntUnaryOperator {
  private final Encounter[] encounters;
  private final EncounterCoder engine;
  private int next;

  public Loop(String mix) {
    List<Encounter> list = Mix.valueOf(mix).encounters(new WireCodec());
    encounters = list.toArray(new Encounter[0]);
    engine = Installation.of(PluginDiscovery.fromClassPath()).directCoder();
  }

  @Override
  public int applyAsInt(int count) {
    int lines = 0;
    for (int i = 0; i < count; i++) {
      lines += engine.code(encounters[next]).lines().size();
      next = next + 1 == encounters.length ? 0 : next + 1;
    }
    return lines;
  }
}
