import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import org.spinecode.rest.wire.EncounterJson;
import org.spinecode.rest.wire.WireCodec;

/**
 * The JSON floor for the CLI throughput harness: the plainest fast Jackson read-and-write of the
 * same NDJSON file. Reads every line into the same wire record with the same Jackson configuration
 * (streaming over UTF-8 bytes) and writes each record back, one per line, coding nothing.
 * Run: java -cp spinecode.jar scripts/JsonFloor.java < in.ndjson > out.ndjson
 */
public class JsonFloor {
  public static void main(String[] args) throws Exception {
    WireCodec codec = new WireCodec();
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    SequenceWriter sequence = codec.mapper().writerFor(EncounterJson.class)
        .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).withRootValueSeparator("\n").writeValues(out);
    try (MappingIterator<EncounterJson> in = codec.mapper().readerFor(EncounterJson.class).readValues(System.in)) {
      while (in.hasNextValue()) {
        sequence.write(in.nextValue());
      }
    }
    sequence.flush();
    out.write('\n');
    out.flush();
  }
}
