package org.ionjs.tests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An executable TypeScript file starting with {@code #!/usr/bin/env -S ion run} runs as a program. */
class ShebangTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anExecutableScriptWithAnIonShebangRunsDirectly(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("hello.ts");
        Files.writeString(script, """
                #!/usr/bin/env -S ion run
                const greeting: string = "hello from a shebang";
                console.log(greeting, import.meta.main);
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder(script.toString()).redirectErrorStream(true);
        Path bin = CliSpecTest.ionHome().resolve("bin");
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals("hello from a shebang true\n", output);
        assertEquals(0, process.exitValue());
    }
}
