/**
 * The HTTP adapter: {@link org.spinecode.rest.http.RestServer} serves the coding port, the code
 * catalogue and the installed plugins as JSON, problems as {@code application/problem+json}
 * (RFC 9457), the OpenAPI document, and the coder's page. It parses, calls the port and renders;
 * it knows no coding rule.
 */
package org.spinecode.rest.http;
