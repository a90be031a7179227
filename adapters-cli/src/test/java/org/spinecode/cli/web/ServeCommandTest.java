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

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Launcher.execute(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private record Run(int code, String out, String err) {}
}
