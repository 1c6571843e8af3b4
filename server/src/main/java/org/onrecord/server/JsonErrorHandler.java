package org.onrecord.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers as the API's JSON instead of HTML: requests it refuses before the
 * application sees them (a malformed request line 400, a URI too long 414, headers too large 431) and
 * errors raised inside its handlers.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        if (HttpStatus.hasNoBody(status)) {
            return super.badMessageError(status, reason, fields);
        }
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
        return ByteBuffer.wrap(json(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write(json(code, message).getBytes(StandardCharsets.UTF_8));
    }

    static String json(int status, String reason) {
        String text = switch (status) {
            case 414 -> "the URL is too long: the request line and headers may take at most 8 KiB";
            case 431 -> "the request headers are too large: the request line and headers may take at most 8 KiB";
            default -> reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        };
        StringBuilder escaped = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                escaped.append('\\').append(ch);
            } else if (ch < 0x20) {
                escaped.append(String.format("\\u%04x", (int) ch));
            } else {
                escaped.append(ch);
            }
        }
        return "{\"status\":" + status + ",\"error\":\"" + escaped + "\"}";
    }
}
