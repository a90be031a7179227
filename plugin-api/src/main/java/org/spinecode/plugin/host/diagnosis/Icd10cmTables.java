package org.spinecode.plugin.host.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.spinecode.domain.diagnosis.Icd10cmRelease;
import org.spinecode.domain.diagnosis.Icd10cmReleases;
import org.spinecode.plugin.data.DataTable;
import org.spinecode.plugin.data.DataLoadException;

/**
 * The ICD-10-CM tables a host codes with: the bundled FY2024 spine extract (dates of service
 * 2023-10-01 to 2024-09-30, only its code ranges) and any CDC order file a user puts in the data
 * folder ({@code icd10cm_order_YYYY.txt}, {@code icd10cm-order-YYYY.txt},
 * {@code icd10cm-order-April-YYYY.txt}), one per release. A file for the extract's release replaces
 * the extract.
 */
public final class Icd10cmTables {
  static final String BUNDLED = "/org/spinecode/data/icd10cm-fy2024-spine.csv";

  private Icd10cmTables() {}

  /** The FY2024 spine-range extract shipped in this jar. */
  public static Icd10cmRelease bundledExtract() {
    InputStream in = Icd10cmTables.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new DataLoadException(BUNDLED, 0, "table resource is missing from the plugin-api jar");
    }
    return SpineExtract.read(BUNDLED.substring(1), in);
  }

  /** The bundled extract alone. */
  public static Icd10cmReleases bundled() {
    return Icd10cmReleases.of(List.of(bundledExtract()));
  }

  /**
   * One CDC order file; its name gives the fiscal year and whether it is the April release.
   *
   * @throws DataLoadException naming the file, and the line that is not in the fixed-width layout
   */
  public static Icd10cmRelease orderFile(Path file) {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return OrderFile.read(name, in);
    } catch (IOException e) {
      throw new DataLoadException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** True when the CDC would name an order file so: the files {@link #load} reads. */
  public static boolean isOrderFile(Path file) {
    return OrderFile.name(file.getFileName().toString()).isPresent();
  }

  /**
   * The bundled extract and every order file in {@code folder} (not its subfolders).
   *
   * @throws DataLoadException naming the file and line that does not parse, or two files of one release
   */
  public static Icd10cmReleases load(Path folder) {
    Map<String, Icd10cmRelease> byName = new LinkedHashMap<>();
    Icd10cmRelease extract = bundledExtract();
    byName.put(extract.name(), extract);
    List<String> fromFolder = new ArrayList<>();
    for (Path file : orderFiles(folder)) {
      Icd10cmRelease release = orderFile(file);
      if (fromFolder.contains(release.name())) {
        throw new DataLoadException(file.getFileName().toString(), 0, "a second order file for " + release.name());
      }
      fromFolder.add(release.name());
      byName.put(release.name(), release);
    }
    return Icd10cmReleases.of(List.copyOf(byName.values()));
  }

  /** One listing entry per release: {@code icd10cm}, its source, {@code FY2024(extract)} and its codes. */
  public static List<DataTable> tables(Icd10cmReleases releases) {
    return releases.releases().stream()
        .map(r -> DataTable.of("icd10cm-" + r.name(), r.source(), r.label(), r.codes().size())).toList();
  }

  private static List<Path> orderFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new DataLoadException(folder.toString(), 0, "the data folder does not exist or is not a folder");
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).filter(Icd10cmTables::isOrderFile).sorted().toList();
    } catch (IOException e) {
      throw new DataLoadException(folder.toString(), 0, "cannot list the data folder");
    }
  }
}
