package org.spinecode.plugin.host.diagnosis;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.spinecode.plugin.data.DataLoadException;

/**
 * The CSV files of a Medicare Coverage Database export, wherever CMS's packaging put them: the
 * download {@code current_article.zip} (which holds {@code current_article_csv.zip}), the inner zip,
 * or a folder of the unpacked CSVs. Files are found by name, in any case and at any depth of a
 * zip, and read as Latin-1, CMS's encoding.
 */
final class ExportFiles implements Closeable {
  /** The names CMS gives the download and the zip inside it. */
  static final List<String> ZIPS = List.of("current_article.zip", "current_article_csv.zip");

  private final String description;
  private final Map<String, Path> folderFiles = new HashMap<>();
  private ZipFile zip;
  private final Map<String, ZipEntry> zipEntries = new HashMap<>();
  private Path unpacked;

  private ExportFiles(String description) {
    this.description = description;
  }

  /** A folder of CSVs (or holding the zip), or the zip itself. */
  static ExportFiles open(Path source) {
    String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
    ExportFiles files = new ExportFiles(name);
    try {
      if (Files.isDirectory(source)) {
        files.listFolder(source);
      } else if (Files.isRegularFile(source)) {
        files.openZip(source);
      } else {
        throw new DataLoadException(name, 0, "the coverage export does not exist");
      }
      return files;
    } catch (RuntimeException e) {
      files.close();
      throw e;
    }
  }

  String description() {
    return description;
  }

  boolean has(String file) {
    return folderFiles.containsKey(file) || zipEntries.containsKey(file);
  }

  /** The file as Latin-1 text. */
  Reader reader(String file) {
    try {
      InputStream in = zip != null ? zip.getInputStream(zipEntries.get(file))
          : Files.newInputStream(folderFiles.get(file));
      return new InputStreamReader(in, StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException e) {
      throw new DataLoadException(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private void listFolder(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(Files::isRegularFile).forEach(f -> folderFiles.put(lower(f.getFileName().toString()), f));
    } catch (IOException e) {
      throw new DataLoadException(description, 0, "cannot list the folder");
    }
    if (!folderFiles.containsKey("article.csv")) {
      for (String zipName : ZIPS) {
        if (folderFiles.containsKey(zipName)) {
          Path zipFile = folderFiles.get(zipName);
          folderFiles.clear();
          openZip(zipFile);
          return;
        }
      }
    }
  }

  private void openZip(Path file) {
    String name = file.getFileName().toString();
    try {
      zip = new ZipFile(file.toFile());
      indexZip();
      Optional<ZipEntry> inner = zipEntries.entrySet().stream()
          .filter(e -> e.getKey().endsWith("_csv.zip")).map(Map.Entry::getValue).findFirst();
      if (inner.isPresent() && !zipEntries.containsKey("article.csv")) {
        unpacked = Files.createTempFile("spinecode-mcd-", ".zip");
        try (InputStream in = zip.getInputStream(inner.get())) {
          Files.copy(in, unpacked, StandardCopyOption.REPLACE_EXISTING);
        }
        zip.close();
        zip = new ZipFile(unpacked.toFile());
        indexZip();
      }
    } catch (IOException e) {
      throw new DataLoadException(name, 0, "cannot be read as a zip (" + e.getClass().getSimpleName() + ")");
    }
  }

  private void indexZip() {
    zipEntries.clear();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (!entry.isDirectory()) {
        String path = entry.getName();
        zipEntries.putIfAbsent(lower(path.substring(path.lastIndexOf('/') + 1)), entry);
      }
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    try {
      if (zip != null) {
        zip.close();
      }
      if (unpacked != null) {
        Files.deleteIfExists(unpacked);
      }
    } catch (IOException e) {
      // a temporary copy left behind is removed by the system's temp cleaning; nothing else is held
    }
  }
}
