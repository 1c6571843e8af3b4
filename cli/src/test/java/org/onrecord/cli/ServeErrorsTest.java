package org.onrecord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `onrecord serve` run as its own process: a port in use is one line on standard error, nothing from the web framework. */
class ServeErrorsTest {
    @TempDir
    Path dir;

    @Test
    void a_port_in_use_is_one_line_and_exit_2() throws Exception {
        Path story = dir.resolve("story.txt");
        Files.writeString(story, "“We will not back down,” said Jane Smith.", StandardCharsets.UTF_8);
        Path db = dir.resolve("news.db");
        assertThat(CliRun.of("index", "--db", db.toString(), story.toString()).exit()).isZero();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Path err = dir.resolve("err.txt");
            Process p = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "serve", "--db", db.toString(), "--port", Integer.toString(port)))
                    .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(Files.readAllLines(err, StandardCharsets.UTF_8))
                    .containsExactly("onrecord: cannot listen on 127.0.0.1:" + port + ": Address already in use");
        }
    }
}
