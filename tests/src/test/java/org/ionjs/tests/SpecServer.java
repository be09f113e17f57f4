package org.ionjs.tests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The HTTP server remote-module specs import from: {@code http://127.0.0.1:4545/<path>} serves
 * {@code tests/src/test/resources/remote/<path>} with a Content-Type by extension, and
 * {@code /redirect/<path>} answers 302 to {@code /<path>}. A missing file is a 404.
 */
final class SpecServer implements AutoCloseable {
    static final int PORT = 4545;
    /** How long to wait for the port when another test run on the machine holds it. */
    private static final long PORT_WAIT_MILLIS = 600_000;
    private final HttpServer server;

    SpecServer(Path root) throws IOException, InterruptedException {
        server = bind();
        server.createContext("/", exchange -> {
            try (exchange) {
                serve(root, exchange);
            }
        });
        server.start();
    }

    private static HttpServer bind() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + PORT_WAIT_MILLIS;
        while (true) {
            try {
                return HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
            } catch (java.net.BindException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("Port " + PORT + " stayed in use for " + PORT_WAIT_MILLIS / 1000
                            + " s; the remote-module specs import from it, so stop whatever holds it", e);
                }
                Thread.sleep(1000);
            }
        }
    }

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/redirect/")) {
            exchange.getResponseHeaders().add("Location", path.substring("/redirect".length()));
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            byte[] body = "Not Found".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", contentType(file.getFileName().toString()));
        byte[] body = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String contentType(String name) {
        if (name.endsWith(".ts")) {
            return "application/typescript";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return "application/javascript; charset=utf-8";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
