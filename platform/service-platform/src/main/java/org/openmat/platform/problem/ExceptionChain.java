package org.openmat.platform.problem;

import java.util.ArrayList;
import java.util.List;

/** Describes an exception by its class chain only, because messages can carry personal data. */
public final class ExceptionChain {

    private ExceptionChain() {
    }

    public static String describe(Throwable throwable) {
        List<String> names = new ArrayList<>();
        for (Throwable t = throwable; t != null && names.size() < 8; t = t.getCause()) {
            StackTraceElement top = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
            names.add(t.getClass().getName() + (top == null ? "" : " at " + top));
        }
        return String.join(" <- ", names);
    }
}
