package org.spinecode.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before a request reaches a handler (an unparsable request line, an
 * oversized header, a bad URI encoding) with problem+json too, so a client sees one error format
 * and never Jetty's HTML page or a stack trace.
 */
final class ContainerErrors extends ErrorHandler {
  private static final HttpField PROBLEM_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
  private final ObjectWriter writer;

  ContainerErrors(ObjectWriter writer) {
    this.writer = writer;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    response.getHeaders().put(PROBLEM_TYPE);
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(PROBLEM_TYPE);
    return ByteBuffer.wrap(body(status));
  }

  // The container's own message may quote the request, so the detail is generic.
  private byte[] body(int status) {
    ProblemKind kind = ProblemKind.forStatus(status);
    String title = kind.status == status ? kind.title : HttpStatus.getMessage(status);
    Problem problem = new Problem("about:blank", title, status,
        "the server could not accept the request as sent", kind.code, null, null);
    try {
      return writer.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
