package org.ionjs.runtime.internal.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP/1.1 server for tests: one request per connection, a thread per connection so a
 * slow answer holds up no other. The JDK's {@code com.sun.net.httpserver} is not used because the
 * tests compile inside the {@code org.ionjs.runtime} module, which does not read {@code jdk.httpserver}.
 */
final class LocalHttpServer implements AutoCloseable {
    record Response(int status, Map<String, String> headers, byte[] body) {
        static Response of(int status, String contentType, String body) {
            return new Response(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
        }

        static Response redirect(int status, String location) {
            return new Response(status, Map.of("Location", location), new byte[0]);
        }
    }

    @FunctionalInterface
    interface Handler {
        Response handle(String path);
    }

    private final ServerSocket socket;
    private final Handler handler;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    LocalHttpServer(Handler handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptLoop);
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    /** Stops listening and drops open connections, so later requests are refused. */
    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : open) {
            connection.close();
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                open.add(connection);
                Thread.ofVirtual().start(() -> answer(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket connection) {
        try (connection) {
            String head = readHead(connection.getInputStream());
            String path = URI.create(head.split(" ", 3)[1]).getPath();
            Response response = handler.handle(path);
            StringBuilder out = new StringBuilder("HTTP/1.1 " + response.status() + " \r\n");
            response.headers().forEach((name, value) -> out.append(name).append(": ").append(value).append("\r\n"));
            out.append("Content-Length: ").append(response.body().length).append("\r\nConnection: close\r\n\r\n");
            OutputStream stream = connection.getOutputStream();
            stream.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
            stream.write(response.body());
            stream.flush();
        } catch (IOException | RuntimeException e) {
            // The client went away, or the server was closed under it: nothing to answer.
        } finally {
            open.remove(connection);
        }
    }

    /** The request line and headers; requests here are GETs without a body. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed mid-request");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
