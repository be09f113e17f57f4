package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.IV8InspectorListener;
import com.caoccao.javet.interop.V8Inspector;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueObject;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries a Map or Set iterator has left, without consuming them, for the console ({@code [Map Entries] { [ 1, 2
 * ] }}). JavaScript cannot copy an iterator, and Javet does not expose V8's {@code Object::PreviewEntries}; V8's
 * inspector does, as the {@code [[Entries]]} internal property that {@code Runtime.getProperties} lists. So this
 * opens an inspector session for the call, finds the iterator's entries through it, and hands back the array the
 * inspector made: {@code {key, value}} objects for key-value iterators, {@code {value}} objects otherwise. Printing
 * an iterator is rare, so the session lives for one call only.
 */
final class IteratorEntries {
    /** Where the iterator and then its entries wait on the global object while the inspector reaches them. */
    private static final String STASH = "__ionIteratorEntries";
    private static final Pattern OBJECT_ID = Pattern.compile("\"objectId\":\"([^\"]*)\"");
    private static final Pattern ENTRIES = Pattern.compile(
            "\"name\":\"\\[\\[Entries\\]\\]\",\"value\":\\{[^}]*?\"objectId\":\"([^\"]*)\"");

    private static final Pattern KIND = Pattern.compile(
            "\"name\":\"\\[\\[IteratorKind\\]\\]\",\"value\":\\{\"type\":\"string\",\"value\":\"(\\w+)\"");

    private IteratorEntries() {
    }

    /**
     * {@code [kind, entries]} with V8's kind of iterator ("entries", "keys" or "values"), or undefined when the
     * inspector lists no entries (for anything but a Map or Set iterator).
     */
    static V8Value of(V8Runtime v8, V8Value iterator) throws JavetException {
        Responses responses = new Responses();
        V8Inspector inspector = v8.createV8Inspector("ion-console");
        try (V8ValueObject global = v8.getGlobalObject()) {
            inspector.addListeners(responses);
            global.set(STASH, iterator);
            String evaluated = responses.send(inspector, "Runtime.evaluate",
                    "{\"expression\":\"globalThis." + STASH + "\",\"silent\":true}");
            String iteratorId = first(OBJECT_ID, evaluated);
            if (iteratorId == null) {
                return v8.createV8ValueUndefined();
            }
            String properties = responses.send(inspector, "Runtime.getProperties",
                    "{\"objectId\":\"" + iteratorId + "\",\"ownProperties\":true}");
            String entriesId = first(ENTRIES, properties);
            if (entriesId == null) {
                return v8.createV8ValueUndefined();
            }
            responses.send(inspector, "Runtime.callFunctionOn", "{\"objectId\":\"" + entriesId
                    + "\",\"functionDeclaration\":\"function () { globalThis." + STASH + " = this; }\","
                    + "\"silent\":true}");
            V8ValueArray result = v8.createV8ValueArray();
            result.set(0, first(KIND, properties));
            try (V8Value entries = global.get(STASH)) {
                result.set(1, entries);
            }
            return result;
        } finally {
            try (V8ValueObject global = v8.getGlobalObject()) {
                global.delete(STASH);
            }
            inspector.close();
        }
    }

    private static String first(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The session's responses, which V8 gives while the request is dispatched, on the calling thread. */
    private static final class Responses implements IV8InspectorListener {
        private int lastId;
        private String response;

        String send(V8Inspector inspector, String method, String params) throws JavetException {
            int id = ++lastId;
            response = null;
            inspector.sendRequest("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
            return response;
        }

        @Override
        public void receiveResponse(String message) {
            response = message;
        }

        @Override
        public void flushProtocolNotifications() {
        }

        @Override
        public void receiveNotification(String message) {
        }

        @Override
        public void runIfWaitingForDebugger(int contextGroupId) {
        }

        @Override
        public void sendRequest(String message) {
        }
    }
}
