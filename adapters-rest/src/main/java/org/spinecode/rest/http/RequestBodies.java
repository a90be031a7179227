package org.spinecode.rest.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import org.spinecode.rest.wire.ByteOrderMark;

/**
 * Reads request bodies within the one body-size limit of the server, whether the client declared
 * a length or streamed the body in chunks, and within the slowest data rate the server accepts: a
 * body may take the grace (the header timeout) plus one second per {@code minBytesPerSecond}
 * bytes received, so a client that trickles a byte every few seconds (which the idle timeout never
 * notices) gets 408. A stalled or broken upload is the caller's problem.
 */
final class RequestBodies {
  private static final int CHUNK = 1 << 16;

  private final long maxBodyBytes;
  private final long graceNanos;
  private final long minBytesPerSecond;

  RequestBodies(long maxBodyBytes, Duration grace, long minBytesPerSecond) {
    this.maxBodyBytes = maxBodyBytes;
    this.graceNanos = grace.toNanos();
    this.minBytesPerSecond = minBytesPerSecond;
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
        byte[] body = readUpTo(in, (int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE - 8), CHUNK);
        if (body.length > maxBodyBytes) {
          throw tooLarge();
        }
        return body;
      }
      // The length is known and within the limit: one array of the right size, no copies.
      byte[] body = readUpTo(in, (int) declared, (int) declared);
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

  /** At most {@code limit} bytes, fewer if the body ends first, checking the data rate after every read. */
  private byte[] readUpTo(InputStream in, int limit, int capacity) throws IOException {
    long start = System.nanoTime();
    byte[] body = new byte[Math.min(limit, capacity)];
    int length = 0;
    while (length < limit) {
      if (length == body.length) {
        body = Arrays.copyOf(body, (int) Math.min(limit, 2L * body.length));
      }
      int read = in.read(body, length, body.length - length);
      if (read < 0) {
        break;
      }
      length += read;
      if (System.nanoTime() - start > allowedNanos(length)) {
        throw new ProblemException(ProblemKind.REQUEST_TIMEOUT, "the request body arrived slower than "
            + minBytesPerSecond + " bytes per second");
      }
    }
    return length == body.length ? body : Arrays.copyOf(body, length);
  }

  private long allowedNanos(long received) {
    return graceNanos + received * 1_000_000_000L / minBytesPerSecond;
  }

  ProblemException tooLarge() {
    return new ProblemException(ProblemKind.BODY_TOO_LARGE, "the request body is larger than " + maxBodyBytes + " bytes");
  }
}
