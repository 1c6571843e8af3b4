package org.onrecord.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.onrecord.json.ExtractionJson;

/** HTTP written byte by byte, for requests no well-behaved client sends: malformed, oversized, slow. */
final class RawHttp {
    /** A response as read off the socket: status line, headers and body. */
    record Response(int status, String head, String body) {
        JsonNode json() {
            try {
                return ExtractionJson.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {}

    /** Sends the request (which should say {@code Connection: close}) and reads the answer to the end. */
    static Response exchange(int port, byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            return read(s.getInputStream());
        }
    }

    static Response exchange(int port, String request) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A request with this head and body, its Content-Length counted, on a connection that closes after it. */
    static byte[] request(String head, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] h = (head + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        out.write(h, 0, h.length);
        out.write(body, 0, body.length);
        return out.toByteArray();
    }

    static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) >= 0) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // the server may reset the connection after answering, with request bytes still unread: keep what came
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            throw new IOException("no HTTP response, only: " + text);
        }
        String head = text.substring(0, split);
        String body = text.substring(split + 4);
        if ("chunked".equalsIgnoreCase(new Response(0, head, "").header("Transfer-Encoding"))) {
            body = unchunk(body);
        }
        return new Response(Integer.parseInt(head.split(" ")[1]), head, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the bodies here are ASCII JSON
            out.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
