package org.spinecode.cli.command;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/** "1048576", "512KiB", "4MiB" (KB and MB are read as KiB and MiB). */
final class ByteSize implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String text = value.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (text.endsWith("MIB") || text.endsWith("MB") || text.endsWith("M")) {
      unit = 1L << 20;
    } else if (text.endsWith("KIB") || text.endsWith("KB") || text.endsWith("K")) {
      unit = 1L << 10;
    }
    String digits = text.replaceAll("[^0-9]+$", "").strip();
    try {
      long number = Long.parseLong(digits);
      if (number < 1 || number > Long.MAX_VALUE / unit) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a positive size");
      }
      return number * unit;
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 1048576, 512KiB or 4MiB");
    }
  }
}
