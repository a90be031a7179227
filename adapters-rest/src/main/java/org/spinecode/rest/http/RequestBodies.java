package org.spinecode.rest.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;
import org.spinecode.rest.wire.ByteOrderMark;

/**
 * Reads request bodies within the one body-size limit of the server, whether the client declared
 * a length or streamed the body in chunks. A stalled or broken upload is the caller's problem.
 */
final class RequestBodies {
  private final long maxBodyBytes;

  RequestBodies(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The body, without a leading UTF-8 byte-order mark. */
  byte[] read(Context ctx) {
    return ByteOrderMark.stripped(readAll(ctx));
  }

  private byte[] readAll(Context ctx) {
    try {
      long declared = ctx.req().getContentLengthLong();
      if (declared > maxBodyBytes) {
        throw tooLarge();
      }
      InputStream in = ctx.req().getInputStream();
      if (declared < 0) {
        // Streamed without a length: read one byte past the limit to know it was passed.
        byte[] body = in.readNBytes((int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE - 8));
        if (body.length > maxBodyBytes) {
          throw tooLarge();
        }
        return body;
      }
      // The length is known and within the limit: one array of the right size, no copies.
      byte[] body = in.readNBytes((int) declared);
      if (body.length < declared) {
        throw new ProblemException(ProblemKind.BAD_REQUEST, "the request body ended before its declared length");
      }
      return body;
    } catch (ProblemException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof TimeoutException) {
          throw new ProblemException(ProblemKind.REQUEST_TIMEOUT, "the request body did not arrive in time");
        }
      }
      throw new ProblemException(ProblemKind.BAD_REQUEST, "the request body could not be read");
    }
  }

  ProblemException tooLarge() {
    return new ProblemException(ProblemKind.BODY_TOO_LARGE, "the request body is larger than " + maxBodyBytes + " bytes");
  }
}
