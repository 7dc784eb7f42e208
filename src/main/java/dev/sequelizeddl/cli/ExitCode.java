package dev.sequelizeddl.cli;

/** The process exit codes; Atlas only looks at zero / non-zero, people and scripts at the rest. */
public enum ExitCode {
    OK(0),
    /** The models are wrong: syntax error, exception in a model, unknown DataType, bad association. */
    MODEL_ERROR(1),
    /** The command line is wrong: flags, dialect, or a path that is not a folder of models. */
    USAGE(2),
    /** The models use something this tool deliberately does not support. */
    UNSUPPORTED(3),
    /** A bug or an environment problem inside the tool. */
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
