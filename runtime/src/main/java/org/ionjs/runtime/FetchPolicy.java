package org.ionjs.runtime;

/** When a runtime downloads remote ({@code https:}) modules. */
public enum FetchPolicy {
    /** Download what is not in the cache yet (the default). */
    USE_CACHE,
    /** Download every remote module again, once per runtime ({@code --reload}). */
    RELOAD,
    /** Never download; a module missing from the cache is an error ({@code --cached-only}). */
    CACHED_ONLY
}
