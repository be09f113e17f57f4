package org.ionjs.cli;

import org.ionjs.runtime.JsRuntime;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code ion --version}: Ion's, V8's and Java's versions, one per line. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        try (JsRuntime runtime = JsRuntime.newBuilder().installedExtensions(false).build()) {
            return new String[]{
                    "ion " + properties.getProperty("ion.version", "unknown"),
                    "v8 " + runtime.v8Version(),
                    "java " + Runtime.version(),
            };
        }
    }
}
