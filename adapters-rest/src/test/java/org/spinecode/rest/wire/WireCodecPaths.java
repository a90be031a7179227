package org.spinecode.rest.wire;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The field path of a data-binding failure, written as the codec writes paths. */
final class WireCodecPaths {
  private WireCodecPaths() {}

  static String of(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
