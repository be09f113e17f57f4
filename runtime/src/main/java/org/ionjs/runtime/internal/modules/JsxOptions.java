package org.ionjs.runtime.internal.modules;

/**
 * How JSX is compiled, as in Deno's {@code compilerOptions}: the classic runtime calls
 * {@code factory(type, props, ...children)} ({@code "jsx": "react"}); the automatic runtime imports
 * {@code jsx}, {@code jsxs} and {@code Fragment} from {@code <importSource>/jsx-runtime}
 * ({@code "jsx": "react-jsx"} with {@code "jsxImportSource"}).
 *
 * @param automatic       the automatic runtime instead of the classic one
 * @param importSource    for the automatic runtime, the module specifier {@code /jsx-runtime} is appended to
 * @param factory         for the classic runtime, the expression called for each element
 * @param fragmentFactory for the classic runtime, the expression passed as the type of {@code <>...</>}
 */
public record JsxOptions(boolean automatic, String importSource, String factory, String fragmentFactory) {
    /** Deno's default: {@code React.createElement} and {@code React.Fragment}. */
    public static final JsxOptions CLASSIC = classic("React.createElement", "React.Fragment");

    public JsxOptions {
        if (automatic) {
            requireText(importSource, "importSource", "the automatic JSX runtime needs the module that provides "
                    + "jsx-runtime, such as \"react\" or \"preact\"");
        } else {
            requireText(factory, "factory", "the classic JSX runtime needs a factory such as \"React.createElement\" or \"h\"");
            requireText(fragmentFactory, "fragmentFactory", "the classic JSX runtime needs a fragment factory such as "
                    + "\"React.Fragment\" or \"Fragment\"");
        }
    }

    public static JsxOptions classic(String factory, String fragmentFactory) {
        return new JsxOptions(false, null, factory, fragmentFactory);
    }

    /** The automatic runtime, importing from {@code <importSource>/jsx-runtime}. */
    public static JsxOptions automatic(String importSource) {
        return new JsxOptions(true, importSource, null, null);
    }

    private static void requireText(String value, String name, String why) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("JSX option " + name + " is " + (value == null ? "missing" : "\"" + value + "\"")
                    + ": " + why);
        }
    }
}
