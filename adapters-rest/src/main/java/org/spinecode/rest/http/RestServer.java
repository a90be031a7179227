package org.spinecode.rest.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.util.JavalinBindException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecode.domain.catalogue.CodeCatalogue;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.InvalidInputException;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.domain.edit.EditTables;
import org.spinecode.domain.QuarantinedPlugin;
import org.spinecode.rest.wire.CodeExplanation;
import org.spinecode.rest.wire.DataView;
import org.spinecode.rest.wire.DiagnosisView;
import org.spinecode.rest.wire.PluginView;
import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.WireCodec;
import org.spinecode.rest.wire.WireMapping;

/**
 * The REST service over the coding port: coding one encounter or a batch, the code catalogue,
 * the installed plugins, health and readiness, the OpenAPI document, the interactive API page and
 * the coder's page. Every failure a client can cause is answered with
 * {@code application/problem+json}; see {@code docs/REST.md}.
 *
 * <pre>{@code
 * try (RestServer server = RestServer.start(ServerSettings.defaults(), product, codec)) {
 *   server.awaitClose();
 * }
 * }</pre>
 */
public final class RestServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
  private static final String JSON = CodingEndpoint.JSON;

  private final ServerSettings settings;
  private final Set<String> routes = Collections.synchronizedSet(new LinkedHashSet<>());
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final WireCodec codec;
  private final Javalin app;
  private volatile boolean accepting;

  private RestServer(ServerSettings settings, ServedProduct product, WireCodec codec) {
    EncounterCoder coder = product.coder();
    ClaimChecker checker = product.checker();
    CodeCatalogue catalogue = product.catalogue();
    List<PluginView> plugins = product.plugins();
    DataView data = product.data();
    this.settings = Objects.requireNonNull(settings, "settings");
    this.codec = codec;
    RequestBodies bodies = new RequestBodies(settings.maxBodyBytes(), settings.headerTimeout(),
        settings.minBodyBytesPerSecond());
    RecordCoder records = new RecordCoder(Objects.requireNonNull(coder, "coder"), codec, new WireMapping(),
        (failure, line) -> LOG.error("coding failed: {}", failure.getClass().getName()));
    CodingEndpoint coding = new CodingEndpoint(records, codec, bodies, settings.maxBatchSize());
    RecordCoder checks = RecordCoder.checking(Objects.requireNonNull(checker, "checker"), codec, new WireMapping(),
        (failure, line) -> LOG.error("check failed: {}", failure.getClass().getName()));
    CodingEndpoint check = new CodingEndpoint(checks, codec, bodies, settings.maxBatchSize());
    PageAssets assets = new PageAssets();
    AccessLog accessLog = new AccessLog();
    // The catalogue and the plugins are fixed for the life of the server: render them once.
    EditTables tables = product.editTables();
    List<CodeExplanation> codes = new ArrayList<>();
    for (CodeDefinition code : catalogue.codes()) {
      codes.add(CodeExplanation.of(code, catalogue, tables, product.contractors(), product.diagnoses().articles()));
    }
    byte[] codeList = codec.listing(codes);
    byte[] pluginList = codec.listing(List.copyOf(plugins));
    byte[] dataList = codec.listing(data);
    byte[] up = codec.listing(Map.of("status", "UP"));
    byte[] ready = codec.listing(Map.of("status", "READY"));
    ClientGuard guard = new ClientGuard(new GracefulHandler(), settings.headerTimeout(),
        settings.maxConnectionsPerClient());
    List<String> familyPlugins = plugins.stream().filter(p -> !p.accepts().isEmpty()).map(PluginView::id).toList();
    // Plugins that did not answer in time once and are no longer called (see "Failure policy").
    Supplier<List<QuarantinedPlugin>> quarantine = coder::quarantined;

    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.prefer405over404 = true;
      cfg.http.defaultContentType = JSON;
      cfg.jetty.addConnector((server, http) -> {
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        // Beyond the limit the server stops accepting until a connection closes, so a flood of
        // idle sockets costs waiting clients, never the file descriptors or heap of the process.
        server.addBean(new NetworkConnectionLimit(settings.maxConnections(), connector));
        connector.addEventListener(guard);
        return connector;
      });
      cfg.jetty.threadPool = threadPool(settings);
      cfg.jetty.modifyServer(server -> {
        // Javalin mounts its handler inside the innermost; on stop the graceful handler lets requests
        // in flight finish, up to the stop timeout, after the connector has stopped accepting.
        server.setHandler(guard);
        server.setStopTimeout(settings.stopTimeout().toMillis());
        server.setErrorHandler(new ContainerErrors(codec::listing, accessLog::newId));
      });
      cfg.events.handlerAdded(added -> {
        if (added.getHttpMethod().isHttpMethod()) {
          routes.add(added.getHttpMethod().name() + " " + added.getPath());
        }
      });
      cfg.requestLogger.http(accessLog::log);

      cfg.routes.before(accessLog::assignId);
      if (settings.apiKeys().required()) {
        cfg.routes.before(new KeyCheck(settings.apiKeys()));
      }
      cfg.routes.post("/v1/coding", coding::single);
      cfg.routes.post("/v1/coding/batch", coding::batch);
      cfg.routes.post("/v1/check", check::single);
      cfg.routes.post("/v1/check/batch", check::batch);
      cfg.routes.get("/v1/codes", ctx -> ctx.contentType(JSON).result(codeList));
      cfg.routes.get("/v1/codes/{code}", ctx -> {
        String code = ctx.pathParam("code");
        CodeExplanation explanation = CodeExplanation.of(code, catalogue, tables, product.contractors(),
            product.diagnoses().articles()).orElseThrow(() ->
            new ProblemException(ProblemKind.UNKNOWN_CODE, "no installed plugin declares this code, and it is"
                + " not a deleted or bundled code we know of; GET /v1/codes lists the codes"));
        ctx.contentType(JSON).result(codec.listing(explanation));
      });
      cfg.routes.get("/v1/diagnoses/{code}", ctx -> {
        try {
          DiagnosisView view = DiagnosisView.of(ctx.pathParam("code"), ctx.queryParam("dateOfService"),
              product.diagnoses());
          ctx.contentType(JSON).result(codec.listing(view));
        } catch (InvalidInputException e) {
          String field = e.field().isEmpty() ? "code" : e.field();
          throw new ProblemException(ProblemKind.BAD_REQUEST, field + ": " + e.reason(), field);
        }
      });
      cfg.routes.get("/v1/plugins", ctx -> ctx.contentType(JSON).result(pluginList));
      cfg.routes.get("/v1/data", ctx -> ctx.contentType(JSON).result(dataList));
      cfg.routes.get("/health", ctx -> ctx.contentType(JSON).result(up));
      cfg.routes.get("/ready", ctx -> {
        if (!accepting) {
          throw new ProblemException(ProblemKind.NOT_READY, "the server is shutting down");
        }
        if (familyPlugins.isEmpty()) {
          throw new ProblemException(ProblemKind.NOT_READY, "no procedure family is installed");
        }
        List<QuarantinedPlugin> quarantined = quarantine.get();
        if (quarantined.isEmpty()) {
          ctx.contentType(JSON).result(ready);
          return;
        }
        List<String> ids = quarantined.stream().map(QuarantinedPlugin::pluginId).toList();
        if (ids.containsAll(familyPlugins)) {
          throw new ProblemException(ProblemKind.NOT_READY, "every family plugin is quarantined (" + String.join(", ", ids)
              + "): it did not answer within the plugin timeout; restart the server without it");
        }
        ctx.contentType(JSON).result(codec.listing(Readiness.degraded(quarantined)));
      });
      cfg.routes.get("/openapi.json", ctx -> ctx.contentType(JSON).result(assets.openApi()));
      cfg.routes.get("/", assets::index);
      cfg.routes.get("/assets/{file}", assets::pageFile);
      cfg.routes.get("/api", assets::apiPage);
      cfg.routes.get("/api/{file}", assets::apiFile);

      cfg.routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.kind(), e.detail(), e.field()));
      cfg.routes.exception(HttpResponseException.class, this::framework);
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        // The message may quote the request: the type and the request id find the failure.
        if (settings.debug()) {
          LOG.error("request={} failed: {}", AccessLog.id(ctx), StackTraces.withoutMessages(e));
        } else {
          LOG.error("request={} failed: {}", AccessLog.id(ctx), e.getClass().getName());
        }
        problem(ctx, ProblemKind.INTERNAL, "an unexpected failure; the server log has it under request id "
            + AccessLog.id(ctx), null);
      });
    });
  }

  /**
   * Starts serving the product: its coder and checker must be safe to call from many threads at
   * once (the engine is), and its catalogue the one the coder codes with.
   *
   * @throws UncheckedIOException with a {@link BindException} when the address cannot be bound
   *     (the port is taken, or the host is not this machine's)
   */
  public static RestServer start(ServerSettings settings, ServedProduct product, WireCodec codec) {
    RestServer server = new RestServer(settings, product, codec);
    try {
      server.app.start();
    } catch (JavalinBindException e) {
      // A JDK type, so that callers need not know the web framework.
      throw new UncheckedIOException(new BindException("cannot listen on " + settings.host() + ":"
          + settings.port() + " (in use, or not an address of this machine)"));
    }
    server.accepting = true;
    LOG.info("serving on {} (body limit {} bytes, batch limit {})", server.uri(), settings.maxBodyBytes(),
        settings.maxBatchSize());
    return server;
  }

  /** The port listened on; the chosen one when the settings asked for port 0. */
  public int port() {
    return app.port();
  }

  /** The base address, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  public ServerSettings settings() {
    return settings;
  }

  /** Blocks until {@link #close()} has stopped the server. */
  public void awaitClose() throws InterruptedException {
    stopped.await();
  }

  /** Stops accepting (readiness turns 503 first), stops the server, and releases the port. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    accepting = false;
    try {
      app.stop();
      LOG.info("stopped");
    } finally {
      stopped.countDown();
    }
  }

  /** "GET /v1/codes/{code}" and so on: every route registered, for the OpenAPI conformance test. */
  Set<String> routes() {
    synchronized (routes) {
      return Set.copyOf(routes);
    }
  }

  // Javalin's own refusals: no route (404), wrong method (405), body over the limit (413).
  private void framework(HttpResponseException e, Context ctx) {
    ProblemKind kind = ProblemKind.forStatus(e.getStatus());
    String detail;
    if (e.getStatus() == HttpStatus.NOT_FOUND.getCode()) {
      detail = "nothing is served at this path; GET /openapi.json lists the API";
    } else if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
      String allowed = allowed(e.getDetails());
      if (!allowed.isEmpty()) {
        ctx.header("Allow", allowed);
      }
      detail = "this path answers " + (allowed.isEmpty() ? "other methods" : allowed);
    } else if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
      detail = "the request body is larger than " + settings.maxBodyBytes() + " bytes";
    } else {
      detail = kind.title;
    }
    problem(ctx, kind, detail, null);
  }

  private static String allowed(Map<String, String> details) {
    List<String> methods = new ArrayList<>();
    for (String value : details.values()) {
      for (String method : value.split("[,\\s\\[\\]]+")) {
        if (!method.isEmpty() && method.chars().allMatch(Character::isUpperCase)) {
          methods.add(method);
        }
      }
    }
    return String.join(", ", methods);
  }

  private void problem(Context ctx, ProblemKind kind, String detail, String field) {
    String requestId = AccessLog.id(ctx);
    AccessLog.outcome(ctx, "problem=" + kind.code + (field == null || field.isEmpty() ? "" : " field=" + field));
    ctx.status(kind.status).contentType(Problem.MEDIA_TYPE).result(codec.listing(kind.with(detail, field, requestId)));
  }

  // A client that sends headers and stalls holds its request thread until the idle timeout. With
  // more threads than connections (ServerSettings checks it) stalled clients can never take the
  // threads that /health and every other connection need.
  private static QueuedThreadPool threadPool(ServerSettings settings) {
    QueuedThreadPool pool = new QueuedThreadPool(settings.maxThreads(), Math.min(8, settings.maxThreads()));
    pool.setName("spinecode-http");
    return pool;
  }
}
