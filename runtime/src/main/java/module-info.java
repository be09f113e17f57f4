/** Ion: a JavaScript runtime for the JVM on V8. */
module org.ionjs.runtime {
    requires com.caoccao.javet;
    requires com.caoccao.javet.swc4j;
    requires java.net.http;

    exports org.ionjs.runtime;
    exports org.ionjs.runtime.spi;

    uses org.ionjs.runtime.spi.Extension;
}
