package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.MediaType;
import org.ionjs.runtime.spi.ModuleRequest;
import org.ionjs.runtime.spi.ModuleSource;
import org.ionjs.runtime.spi.Resolver;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code data:} modules: {@code data:text/javascript,...} or {@code data:application/typescript;base64,...}. */
final class DataUrlResolver implements Resolver {

    @Override
    public ModuleSource resolve(ModuleRequest request, Chain chain) throws Exception {
        String specifier = request.specifier();
        if (!specifier.startsWith("data:")) {
            return chain.proceed(request);
        }
        int comma = specifier.indexOf(',');
        if (comma < 0) {
            throw new ModuleLoadException("Invalid data: URL \"" + abbreviate(specifier) + "\": it has no comma before the data");
        }
        String header = specifier.substring("data:".length(), comma);
        String payload = specifier.substring(comma + 1);
        boolean base64 = header.endsWith(";base64");
        String contentType = base64 ? header.substring(0, header.length() - ";base64".length()) : header;
        URI url = URI.create("data:" + header + "," + payload.replace(" ", "%20"));
        MediaType mediaType = MediaType.fromContentType(contentType.isEmpty() ? "text/plain" : contentType, url);
        if (mediaType == MediaType.UNKNOWN) {
            mediaType = MediaType.JAVASCRIPT;
        }
        String code = request.resolveOnly() ? null : base64
                ? new String(Base64.getDecoder().decode(URLDecoder.decode(payload, StandardCharsets.UTF_8)), StandardCharsets.UTF_8)
                : URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8);
        return new ModuleSource(url, mediaType, code, null);
    }

    private static String abbreviate(String specifier) {
        return specifier.length() <= 60 ? specifier : specifier.substring(0, 57) + "...";
    }
}
