package org.ionjs.runtime.internal;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExtensionRegistryTest {

    private static Extension extension(String name, List<String> requires, String op) {
        return new Extension() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> requires() {
                return requires;
            }

            @Override
            public void setup(ExtensionSetup setup) {
                setup.op(op, call -> null);
            }
        };
    }

    @Test
    void extensionsAreInstalledAfterTheExtensionsTheyRequire() {
        ExtensionRegistry registry = ExtensionRegistry.build(List.of(
                extension("fetch", List.of("url", "streams"), "op_fetch"),
                extension("streams", List.of(), "op_streams"),
                extension("url", List.of(), "op_url")));
        assertEquals(List.of("url", "streams", "fetch"), registry.names());
    }

    @Test
    void aMissingRequirementNamesBothExtensions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtensionRegistry.build(
                List.of(extension("fetch", List.of("url"), "op_fetch"))));
        assertEquals("Extension \"fetch\" requires \"url\", which is not installed; add it to the runtime or remove the requirement",
                e.getMessage());
    }

    @Test
    void aRequirementCycleIsReportedWithItsPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtensionRegistry.build(List.of(
                extension("a", List.of("b"), "op_a"), extension("b", List.of("a"), "op_b"))));
        assertEquals("Extensions require each other in a cycle: a -> b -> a", e.getMessage());
    }

    @Test
    void twoExtensionsRegisteringOneOpNameIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtensionRegistry.build(List.of(
                extension("one", List.of(), "op_same"), extension("two", List.of(), "op_same"))));
        assertEquals("Extension \"two\" registers op \"op_same\", which another extension already registered; "
                + "op names are global, so prefix them", e.getMessage());
    }

    @Test
    void aScriptMissingFromTheClassPathNamesTheExtension() {
        Extension broken = new Extension() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void setup(ExtensionSetup setup) {
                setup.script("ion/ext/broken/00_missing.js");
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtensionRegistry.build(List.of(broken)));
        assertEquals("Extension \"broken\" names script \"ion/ext/broken/00_missing.js\", which is not on its class path",
                e.getMessage());
    }
}
