package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.MediaType;
import org.ionjs.runtime.spi.ModuleSource;
import org.ionjs.runtime.spi.Preprocessor;

import java.util.List;

/**
 * Runs a module's source through the preprocessors in order and checks their contract: a result is
 * never null, keeps the module's URL, and what leaves the chain is JavaScript or JSON. A broken
 * contract names the preprocessor at fault.
 */
public final class PreprocessorChain {
    private final List<Preprocessor> preprocessors;

    public PreprocessorChain(List<Preprocessor> preprocessors) {
        this.preprocessors = List.copyOf(preprocessors);
    }

    public ModuleSource process(ModuleSource source) throws Exception {
        ModuleSource result = new Link(0).proceed(source);
        if (result.mediaType() != MediaType.JAVASCRIPT && result.mediaType() != MediaType.JSON) {
            throw new ModuleLoadException("Cannot load " + source.url() + ": no preprocessor turns " + result.mediaType()
                    + " into JavaScript; give the file a .js, .mjs, .ts, .tsx, .jsx or .json extension");
        }
        return result;
    }

    private final class Link implements Preprocessor.Chain {
        private final int index;
        private boolean called;

        Link(int index) {
            this.index = index;
        }

        @Override
        public ModuleSource proceed(ModuleSource source) throws Exception {
            if (called) {
                throw new IllegalStateException("Preprocessor " + name(index - 1) + " called chain.proceed() twice for "
                        + source.url() + "; call it at most once");
            }
            called = true;
            if (index == preprocessors.size()) {
                return source;
            }
            ModuleSource result = preprocessors.get(index).process(source, new Link(index + 1));
            if (result == null || result.code() == null) {
                throw new IllegalStateException("Preprocessor " + name(index) + " returned no code for " + source.url()
                        + "; return chain.proceed(source) to pass it on unchanged");
            }
            if (!result.url().equals(source.url())) {
                throw new IllegalStateException("Preprocessor " + name(index) + " changed the URL of " + source.url()
                        + " to " + result.url() + "; a preprocessor transforms code, resolvers choose URLs");
            }
            return result;
        }
    }

    private String name(int index) {
        return preprocessors.get(index).getClass().getName();
    }
}
