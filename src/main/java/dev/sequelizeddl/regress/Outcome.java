package dev.sequelizeddl.regress;

import dev.sequelizeddl.ddl.Dialect;

/**
 * The result of one project × dialect, or of a script project's script ({@code dialect} null).
 *
 * @param status  PASS, DRIFT (output differs from the expected file, including a failure where DDL
 *                was expected and the reverse), MISSING (no expected file) or UPDATED (--update wrote it)
 * @param expected what the expected file says: {@code "sql"}, {@code "error"} or {@code null}
 * @param message the tool's error line when the load failed, else null
 * @param diff    a unified diff, expected → actual, for DRIFT and UPDATED; else empty
 */
public record Outcome(Project project, Dialect dialect, Status status, long millis, String expected,
        String message, String diff) {

    public enum Status { PASS, DRIFT, MISSING, UPDATED }

    /** The dialect's name, or {@code "script"} for a script project (whose script picks the dialect). */
    public String target() {
        return dialect != null ? dialect.id() : "script";
    }

    public boolean failed() {
        return status == Status.DRIFT || status == Status.MISSING;
    }
}
