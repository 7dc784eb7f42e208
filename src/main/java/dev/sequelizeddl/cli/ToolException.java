package dev.sequelizeddl.cli;

import java.util.List;

/**
 * A failure the user should see as one line on stderr, with the exit code it maps to.
 * The message is printed as is, so it carries its own {@code file:line:col: } prefix when it has one.
 */
public class ToolException extends RuntimeException {
    private final ExitCode exitCode;
    private List<String> diagnostics = List.of();

    public ToolException(ExitCode exitCode, String message) {
        this(exitCode, message, null);
    }

    public ToolException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** What the guest printed before it failed; shown only with --verbose (stderr gets one line). */
    public List<String> diagnostics() {
        return diagnostics;
    }

    public ToolException withDiagnostics(List<String> lines) {
        this.diagnostics = List.copyOf(lines);
        return this;
    }

    public static ToolException model(String message) {
        return new ToolException(ExitCode.MODEL_ERROR, message);
    }

    public static ToolException model(String message, Throwable cause) {
        return new ToolException(ExitCode.MODEL_ERROR, message, cause);
    }

    public static ToolException usage(String message) {
        return new ToolException(ExitCode.USAGE, message);
    }

    public static ToolException unsupported(String message, Throwable cause) {
        return new ToolException(ExitCode.UNSUPPORTED, message, cause);
    }

    public static ToolException internal(String message, Throwable cause) {
        return new ToolException(ExitCode.INTERNAL, message, cause);
    }
}
