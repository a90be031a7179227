package org.spinecode.rest.http;

import org.spinecode.plugin.host.Installation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.spinecode.domain.catalogue.CodeDefinition;
import org.spinecode.domain.EncounterCoder;
import org.spinecode.domain.encounter.Guidance;
import org.spinecode.plugin.FamilyClaim;
import org.spinecode.plugin.host.InstalledPlugin;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.plugin.host.PluginRegistry;
import org.spinecode.domain.check.ClaimChecker;
import org.spinecode.rest.wire.DataView;
import org.spinecode.rest.wire.PluginView;
import org.spinecode.rest.wire.WireCodec;

/** A real server on a free loopback port over the four shipped families, and a client for it. */
final class TestServer implements AutoCloseable {
  static final PluginRegistry REGISTRY = PluginDiscovery.fromClassPath();
  static final Installation PRODUCT = Installation.of(REGISTRY);
  static final EncounterCoder ENGINE = PRODUCT.directCoder();

  private final RestServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  private TestServer(RestServer server) {
    this.server = server;
  }

  static TestServer start() {
    return start(ServerSettings.defaults().withPort(0), ENGINE);
  }

  /** A client for a server started elsewhere; closing it stops that server. */
  static TestServer over(RestServer server) {
    return new TestServer(server);
  }

  static TestServer start(ServerSettings settings, EncounterCoder coder) {
    return new TestServer(RestServer.start(settings, served(coder, views(REGISTRY)), new WireCodec()));
  }

  /** What the CLI serves, with this coder and these plugins listed. */
  static ServedProduct served(EncounterCoder coder, List<PluginView> plugins) {
    return new ServedProduct(coder, new ClaimChecker(coder, PRODUCT.catalogue(), PRODUCT.claimEdits(),
        PRODUCT.data().conventions()), PRODUCT.catalogue(), PRODUCT.editTables(), PRODUCT.data().contractors(), plugins,
        new DataView(PRODUCT.dataVersion(), PRODUCT.tables().stream()
            .map(t -> new DataView.TableView(t.name(), t.source(), t.version(), t.rows())).toList()));
  }

  RestServer server() {
    return server;
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  /** The same views the CLI builds, without depending on it. */
  static List<PluginView> views(PluginRegistry registry) {
    List<PluginView> views = new ArrayList<>();
    for (InstalledPlugin installed : registry.plugins()) {
      List<PluginView.ClaimView> claims = new ArrayList<>();
      for (FamilyClaim claim : installed.descriptor().claims()) {
        claims.add(new PluginView.ClaimView(claim.family().name(),
            claim.guidance().stream().sorted().map(Guidance::name).toList(), List.of()));
      }
      views.add(new PluginView(installed.descriptor().id(), installed.descriptor().version(),
          installed.descriptor().summary(), installed.location(), claims,
          PluginRegistry.codesOf(installed.plugin())));
    }
    return views;
  }
}
