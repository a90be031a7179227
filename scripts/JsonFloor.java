import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * The JSON floor for the CLI throughput harness: reads the same NDJSON file into the same wire
 * records with the same Jackson configuration and writes each record back, with the same buffering
 * as `spinecode code`, but codes nothing. Run: java -cp spinecode.jar scripts/JsonFloor.java < in > out
 */
public class JsonFloor {
  public static void main(String[] args) throws Exception {
    WireCodec codec = new WireCodec();
    ObjectReader reader = codec.mapper().readerFor(EncounterJson.class);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16);
    SequenceWriter sequence = codec.mapper().writerFor(EncounterJson.class)
        .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).withRootValueSeparator("\n").writeValues(out);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.isBlank()) {
        EncounterJson encounter = reader.readValue(line);
        sequence.write(encounter);
      }
    }
    sequence.flush();
    out.write('\n');
    out.flush();
  }
}
