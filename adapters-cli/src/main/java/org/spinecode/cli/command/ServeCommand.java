package org.spinecode.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.spinecode.rest.http.ApiKeys;
import org.spinecode.rest.http.RestServer;
import org.spinecode.rest.http.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Serves the REST API and the coder's page until the process is told to stop. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Serves the REST API and the coder's page until Ctrl-C or SIGTERM.",
        "Endpoints: /v1/coding, /v1/coding/batch, /v1/check, /v1/check/batch, /v1/codes, /v1/plugins, /v1/data;"
            + " /health, /ready; the coder's page at /, the API page at /api."},
    footer = {"", "Examples:",
        "  spinecode serve",
        "  spinecode serve --port 9000 --host 0.0.0.0 --api-keys keys.sha256 --max-body 4MiB",
        "", "See docs/REST.md for the endpoints, status codes and limits."})
final class ServeCommand implements Callable<Integer> {

  @ParentCommand
  SpineCodeCommand root;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
      description = "TCP port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
  int port;

  @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "1MiB", converter = ByteSize.class,
      description = "Largest request body accepted, in bytes or with a KiB/MiB suffix (default: ${DEFAULT-VALUE}); larger gets 413.")
  long maxBody;

  @Option(names = "--max-batch", paramLabel = "COUNT", defaultValue = "" + ServerSettings.DEFAULT_MAX_BATCH_SIZE,
      description = "Most encounters in one batch request (default: ${DEFAULT-VALUE}); more gets 413.")
  int maxBatch;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Close a connection idle, or stalled mid-request, this long (default: ${DEFAULT-VALUE}).")
  int idleSeconds;

  @Option(names = "--max-connections", paramLabel = "COUNT", defaultValue = "" + ServerSettings.DEFAULT_MAX_CONNECTIONS,
      description = "Most connections open at once; more wait to be accepted (default: ${DEFAULT-VALUE}).")
  int maxConnections;

  @Option(names = "--max-threads", paramLabel = "COUNT", defaultValue = "" + ServerSettings.DEFAULT_MAX_THREADS,
      description = "Most request threads (default: ${DEFAULT-VALUE}).")
  int maxThreads;

  @Option(names = "--header-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Close a connection that has not sent a request's headers this long after opening or after"
          + " its previous response, however steadily it trickles (default: ${DEFAULT-VALUE}).")
  int headerSeconds;

  @Option(names = "--min-body-rate", paramLabel = "SIZE", defaultValue = "1KiB", converter = ByteSize.class,
      description = "Slowest request body accepted, in bytes per second: a body may take the header timeout plus"
          + " one second per this many bytes, else 408 (default: ${DEFAULT-VALUE}).")
  long minBodyRate;

  @Option(names = "--max-connections-per-client", paramLabel = "COUNT",
      defaultValue = "" + ServerSettings.DEFAULT_MAX_CONNECTIONS_PER_CLIENT,
      description = "Most connections one client address may hold; more are closed at once (default:"
          + " ${DEFAULT-VALUE}; behind a gateway, raise it to --max-connections).")
  int maxConnectionsPerClient;

  @Option(names = "--api-keys", paramLabel = "FILE",
      description = "Require 'Authorization: Bearer KEY' on /v1/ for one of the keys whose SHA-256 digests (64 hex"
          + " digits) FILE lists, one per line, # for comments; /health, /ready and the pages stay open.")
  Path apiKeys;

  @Override
  public Integer call() throws InterruptedException {
    ServerSettings settings;
    try {
      settings = new ServerSettings(host, port, maxBody, maxBatch, Duration.ofSeconds(idleSeconds),
          ServerSettings.DEFAULT_STOP_TIMEOUT, maxConnections, maxThreads, root.debug(),
          Duration.ofSeconds(headerSeconds), minBodyRate, maxConnectionsPerClient, keys());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    quietContainerLogs();
    Services services = root.services();
    RestServer server;
    try {
      server = RestServer.start(settings, ProductViews.served(services.installation()), services.codec());
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof BindException bind) {
        // The options were well-formed, so the usage text would not help: say what to change.
        PrintWriter err = spec.commandLine().getErr();
        err.println("spinecode: " + bind.getMessage() + "; choose another --port or --host");
        err.flush();
        return ExitCodes.USAGE;
      }
      throw e;
    }
    // Ctrl-C and SIGTERM run shutdown hooks: closing there stops the server before the JVM exits.
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "spinecode-serve-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("SpineCode is serving on " + server.uri() + " (API page: " + server.uri().resolve("/api")
        + "); Ctrl-C stops it.");
    out.flush();
    server.awaitClose();
    return ExitCodes.OK;
  }

  private ApiKeys keys() {
    if (apiKeys == null) {
      return ApiKeys.none();
    }
    try {
      return ApiKeys.read(apiKeys);
    } catch (NoSuchFileException e) {
      throw new InputProblem("no such file: --api-keys " + apiKeys);
    } catch (IOException e) {
      throw new InputProblem("cannot read --api-keys " + apiKeys + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  // Jetty and Javalin announce every start-up step at INFO; the server's own lines say what matters.
  // A level the operator set with -D wins.
  private static void quietContainerLogs() {
    for (String logger : new String[] {"org.eclipse.jetty", "io.javalin"}) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "warn");
      }
    }
  }
}
