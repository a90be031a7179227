import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import org.spinecode.rest.wire.EncounterJson;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON floor for the CLI throughput harness: the plainest fast Jackson read-and-write of the
 * same NDJSON file. Reads every line into the same wire record with Jackson's data binding
 * (streaming over UTF-8 bytes) and writes each record back, one per line, coding nothing. The
 * shared floor of issue 23 (../shared/tools/batch_floor.py) is the one the batch is held to.
 * Run: java -cp spinecode.jar scripts/JsonFloor.java < in.ndjson > out.ndjson
 */
public class JsonFloor {
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    SequenceWriter sequence = mapper.writerFor(EncounterJson.class)
        .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).withRootValueSeparator("\n").writeValues(out);
    try (MappingIterator<EncounterJson> in = mapper.readerFor(EncounterJson.class).readValues(System.in)) {
      while (in.hasNextValue()) {
        sequence.write(in.nextValue());
      }
    }
    sequence.flush();
    out.write('\n');
    out.flush();
  }
}
