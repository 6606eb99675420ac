package org.stancetracker.api.problem;

/** A request the API refuses, carrying the problem to answer with. */
public final class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, String parameter, String value) {
        return new ProblemException(new Problem("/problems/not-found", what + " not found", 404,
                "no " + what + " '" + value + "'", parameter));
    }

    public static ProblemException badParameter(String parameter, String detail) {
        return new ProblemException(new Problem("/problems/invalid-parameter", "Invalid parameter", 400, detail, parameter));
    }
}
