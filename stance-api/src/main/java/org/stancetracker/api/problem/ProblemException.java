package org.stancetracker.api.problem;

import java.util.Locale;

/** A request the API refuses, carrying the problem to answer with. */
public final class ProblemException extends RuntimeException {
    /** How much of a client's value a problem's detail repeats. */
    static final int SHOWN_CHARS = 80;

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, String parameter, String value) {
        return new ProblemException(new Problem(
                "/problems/not-found", what + " not found", 404, "no " + what + " " + shown(value), parameter));
    }

    public static ProblemException badParameter(String parameter, String detail) {
        return new ProblemException(
                new Problem("/problems/invalid-parameter", "Invalid parameter", 400, detail, parameter));
    }

    /**
     * A value the client sent, quoted for a problem's detail: at most {@value #SHOWN_CHARS} characters
     * of it, with control characters and unpaired surrogates written as backslash-u escapes. A detail
     * then stays short whatever was sent, and always encodes as JSON (an unpaired surrogate cannot).
     */
    public static String shown(String value) {
        if (value == null) {
            return "nothing";
        }
        StringBuilder quoted = new StringBuilder("'");
        int end = Math.min(value.length(), SHOWN_CHARS);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (i + 1 == end) {
                    break; // the cut falls inside a pair: leave the whole character out
                }
                quoted.append(c).append(value.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        quoted.append('\'');
        if (value.length() > SHOWN_CHARS) {
            quoted.append(" (").append(value.length() - SHOWN_CHARS).append(" more characters)");
        }
        return quoted.toString();
    }
}
