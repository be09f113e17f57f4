package org.ionjs.ext.file;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;

import java.util.List;

/**
 * The File API's {@code Blob} and {@code File}, written in JavaScript. Java only says what the
 * platform's native line ending is, for {@code endings: "native"}.
 */
public final class FileExtension implements Extension {
    @Override
    public String name() {
        return "file";
    }

    @Override
    public List<String> requires() {
        return List.of("dom", "encoding", "structured_clone");
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_file_native_line_ending", call -> System.lineSeparator())
                .script("ion/ext/file/00_blob.js");
    }
}
