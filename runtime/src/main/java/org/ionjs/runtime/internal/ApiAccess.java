package org.ionjs.runtime.internal;

import org.ionjs.runtime.JsArray;
import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsFunction;
import org.ionjs.runtime.JsObject;
import org.ionjs.runtime.JsPromise;
import org.ionjs.runtime.JsScope;
import org.ionjs.runtime.JsValue;

/**
 * Lets the internals create and unwrap the public handle classes, whose constructors are not public.
 * The API package installs the single instance when {@link JsValue} is initialised.
 */
public abstract class ApiAccess {
    private static volatile ApiAccess instance;

    protected ApiAccess() {
    }

    public static void install(ApiAccess access) {
        instance = access;
    }

    public static ApiAccess get() {
        ApiAccess access = instance;
        if (access == null) {
            try {
                Class.forName(JsValue.class.getName(), true, JsValue.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            access = instance;
        }
        return access;
    }

    public abstract JsValue newValue(Ref ref);

    public abstract JsObject newObject(Ref ref);

    public abstract JsArray newArray(Ref ref);

    public abstract JsFunction newFunction(Ref ref);

    public abstract JsPromise newPromise(Ref ref);

    public abstract Ref refOf(JsValue value);

    public abstract JsScope newScope(ContextCore core);

    public abstract JsContext contextOf(ContextCore core);
}
