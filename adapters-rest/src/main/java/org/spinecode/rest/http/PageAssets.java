package org.spinecode.rest.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The coder's page, the OpenAPI document and the interactive API page, read from the jar once at
 * start. Files are served by name from a fixed list, so no request path ever reaches the class
 * path, and nothing is fetched from elsewhere at run time.
 */
final class PageAssets {
  private static final String PAGE = "/org/spinecode/rest/http/page/";
  private static final String SWAGGER = "/META-INF/resources/webjars/swagger-ui/";
  private static final String SWAGGER_VERSION = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

  // The page loads its script and styles from this server only; the API page's widgets also set
  // inline styles, which its policy allows.
  private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  private static final String API_POLICY = "default-src 'self'; img-src 'self' data:; "
      + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private static final class Asset {
    final byte[] bytes;
    final String type;

    Asset(byte[] bytes, String type) {
      this.bytes = bytes;
      this.type = type;
    }
  }

  private final Asset index;
  private final Asset apiPage;
  private final byte[] openApi;
  private final Map<String, Asset> pageFiles = new HashMap<>();
  private final Map<String, Asset> apiFiles = new HashMap<>();

  PageAssets() {
    index = load(PAGE + "index.html");
    apiPage = load(PAGE + "api.html");
    openApi = load(PAGE + "openapi.json").bytes;
    for (String name : new String[] {"auth.js", "app.js", "check.js", "app.css", "favicon.svg"}) {
      pageFiles.put(name, load(PAGE + name));
    }
    apiFiles.put("api.js", load(PAGE + "api.js"));
    String version = swaggerVersion();
    if (version != null) {
      for (String name : new String[] {"swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png"}) {
        apiFiles.put(name, load(SWAGGER + version + "/" + name));
      }
    }
  }

  /** The OpenAPI document as shipped. */
  byte[] openApi() {
    return openApi;
  }

  void index(Context ctx) {
    send(ctx, index, PAGE_POLICY, "no-cache");
  }

  void pageFile(Context ctx) {
    send(ctx, named(pageFiles, ctx.pathParam("file")), PAGE_POLICY, "no-cache");
  }

  void apiPage(Context ctx) {
    if (!apiFiles.containsKey("swagger-ui-bundle.js")) {
      throw new ProblemException(ProblemKind.NOT_FOUND,
          "the interactive API page is not installed; GET /openapi.json has the document");
    }
    send(ctx, apiPage, API_POLICY, "no-cache");
  }

  void apiFile(Context ctx) {
    // The webjar files are versioned by the jar, so browsers may keep them for a day.
    String name = ctx.pathParam("file");
    send(ctx, named(apiFiles, name), API_POLICY, name.equals("api.js") ? "no-cache" : "public, max-age=86400");
  }

  private static Asset named(Map<String, Asset> files, String name) {
    Asset asset = files.get(name);
    if (asset == null) {
      throw new ProblemException(ProblemKind.NOT_FOUND, "no such file");
    }
    return asset;
  }

  private static void send(Context ctx, Asset asset, String policy, String cacheControl) {
    ctx.header("Content-Security-Policy", policy)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", cacheControl)
        .contentType(asset.type)
        .result(asset.bytes);
  }

  private static String swaggerVersion() {
    try (InputStream in = PageAssets.class.getResourceAsStream(SWAGGER_VERSION)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Asset load(String resource) {
    try (InputStream in = PageAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + resource);
      }
      return new Asset(in.readAllBytes(), typeOf(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String typeOf(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (name.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (name.endsWith(".png")) {
      return "image/png";
    }
    return "application/json";
  }
}
