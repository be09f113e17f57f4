package org.ionjs.runtime.internal.modules;

import java.net.URI;

/**
 * Told about each network request {@link RemoteModules} makes, so a terminal can show what is being
 * downloaded; cache hits are not reported. Calls may come from several threads at once.
 */
public interface ProgressListener {
    /** Reports nothing. */
    ProgressListener SILENT = new ProgressListener() {
        @Override
        public void started(URI url) {
        }

        @Override
        public void finished(URI url) {
        }
    };

    /** A request for {@code url} is about to be sent. */
    void started(URI url);

    /** The request for {@code url} is over, whether it succeeded or failed. */
    void finished(URI url);
}
