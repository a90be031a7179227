package org.spinecode.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.spinecode.cli.command.ExitCodes;
import org.spinecode.cli.launch.Launcher;

/** The serve command's options, checked before anything listens. */
class ServeCommandTest {

  @Test
  void help_documents_host_port_body_and_batch_limits_and_timeout() {
    Run run = run("serve", "--help");

    assertThat(run.code).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains("--host", "127.0.0.1", "--port", "8080", "--max-body", "1MiB", "--max-batch", "1000",
        "--idle-timeout", "docs/REST.md");
  }

  @Test
  void a_port_out_of_range_is_a_usage_error() {
    Run run = run("serve", "--port", "70000");

    assertThat(run.code).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("port");
  }

  @Test
  void a_body_limit_that_is_not_a_size_is_a_usage_error() {
    Run run = run("serve", "--max-body", "lots");

    assertThat(run.code).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("lots");
  }

  @Test
  void a_zero_batch_limit_is_a_usage_error() {
    assertThat(run("serve", "--max-batch", "0").code).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void a_port_in_use_is_a_usage_error_naming_it() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Run run = run("serve", "--port", Integer.toString(taken.getLocalPort()));

      assertThat(run.code).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err).contains("127.0.0.1:" + taken.getLocalPort(), "--port");
    }
  }

  @Test
  void help_documents_the_slow_client_limits_and_the_key_file() {
    Run run = run("serve", "--help");

    assertThat(run.out).contains("--header-timeout", "--min-body-rate", "1KiB", "--max-connections-per-client", "64",
        "--api-keys", "SHA-256");
  }

  @Test
  void a_key_file_that_is_missing_or_holds_a_key_instead_of_its_digest_is_a_usage_error_naming_the_line(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path keys = java.nio.file.Files.writeString(dir.resolve("keys"),
        "# ops team\n" + "a".repeat(64) + "\nsecret-key-4711\n");

    Run missing = run("serve", "--api-keys", dir.resolve("none").toString());
    Run pasted = run("serve", "--api-keys", keys.toString());

    assertThat(missing.code).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err).contains("no such file", "none");
    assertThat(pasted.code).isEqualTo(ExitCodes.USAGE);
    assertThat(pasted.err).contains(keys + ":3", "not a SHA-256 digest").doesNotContain("secret-key-4711");
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Launcher.execute(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private record Run(int code, String out, String err) {}
}
