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
    private final HttpServer server;

    SpecServer(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                serve(root, exchange);
            }
        });
        server.start();
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
