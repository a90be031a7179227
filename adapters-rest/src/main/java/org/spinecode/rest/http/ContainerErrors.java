package org.spinecode.rest.http;

import java.nio.ByteBuffer;
import java.util.function.Function;
import java.util.function.Supplier;
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
  private final Function<Object, byte[]> writer;
  private final Supplier<String> requestIds;

  ContainerErrors(Function<Object, byte[]> writer, Supplier<String> requestIds) {
    this.writer = writer;
    this.requestIds = requestIds;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    String id = requestIds.get();
    response.getHeaders().put(PROBLEM_TYPE);
    response.getHeaders().put(AccessLog.HEADER, id);
    response.write(true, ByteBuffer.wrap(body(code, id)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String id = requestIds.get();
    fields.put(PROBLEM_TYPE);
    fields.put(AccessLog.HEADER, id);
    return ByteBuffer.wrap(body(status, id));
  }

  // The container's own message may quote the request, so the detail is generic.
  private byte[] body(int status, String requestId) {
    ProblemKind kind = ProblemKind.forStatus(status);
    String title = kind.status == status ? kind.title : HttpStatus.getMessage(status);
    Problem problem = new Problem("about:blank", title, status,
        "the server could not accept the request as sent", kind.code, null, requestId);
    return writer.apply(problem);
  }
}
