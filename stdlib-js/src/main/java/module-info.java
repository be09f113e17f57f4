/** Ion's standard library: the Web APIs, one extension per API. */
module org.ionjs.stdlib {
    requires com.ibm.icu;
    requires org.ionjs.runtime;

    provides org.ionjs.runtime.spi.Extension with
            org.ionjs.ext.base64.Base64Extension,
            org.ionjs.ext.console.ConsoleExtension,
            org.ionjs.ext.crypto.CryptoExtension,
            org.ionjs.ext.dom.DomExtension,
            org.ionjs.ext.encoding.EncodingExtension,
            org.ionjs.ext.file.FileExtension,
            org.ionjs.ext.messaging.MessagingExtension,
            org.ionjs.ext.performance.PerformanceExtension,
            org.ionjs.ext.structured_clone.StructuredCloneExtension,
            org.ionjs.ext.timers.TimersExtension,
            org.ionjs.ext.url.UrlExtension,
            org.ionjs.ext.urlpattern.UrlPatternExtension;
}
