package dev.sequelizeddl.cli;

import dev.sequelizeddl.ts.QuietStderr;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * Entry point and the one place that turns failures into exit codes and stderr lines.
 * Commands return exit codes; only {@link #main} calls {@link System#exit}.
 */
@Command(name = "sequelize-ddl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the SQL DDL that a folder of Sequelize models defines.",
        subcommands = {LoadCommand.class, RunCommand.class, InspectCommand.class, RegressCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:DDL printed on stdout",
            "1:error in a model file (printed as file:line:col: message)",
            "2:usage error (flags, dialect, models path)",
            "3:the models use something not supported",
            "4:internal error"})
public final class Main implements Callable<Integer> {
    static final String NAME = "sequelize-ddl";

    @Spec
    CommandSpec spec;

    /** Inherited by every subcommand, so it may stand before or after the command name. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Say on stderr how each file was loaded or why it was skipped; on errors, also print what the models logged and a stack trace.")
    boolean verbose;

    public static void main(String[] args) {
        // Sequelize renders some date defaults in the process time zone; we always render them
        // as under TZ=UTC so the bytes do not depend on the machine (and match the oracle).
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
        // Every stderr writer waits while a swc call has fd 2 pointed at /dev/null (QuietStderr).
        java.io.OutputStream stderr = QuietStderr.guard(new FileOutputStream(FileDescriptor.err));
        System.setErr(new java.io.PrintStream(stderr, true, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        int code = newCommandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** A configured command line writing to {@code out}/{@code err}; tests use this too. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(false);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println(NAME + ": " + oneLine(ex.getMessage()));
            err.flush();
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = report(ex, verbose(parseResult), err);
            err.flush();
            return code;
        });
        return cl;
    }

    /** Without a command there is nothing to do: a usage error, like a missing flag. */
    @Override
    public Integer call() {
        throw ToolException.usage("missing command (try '" + NAME + " load --help')");
    }

    /** Maps an exception to its exit code and one stderr line (plus details with --verbose). */
    static int report(Exception ex, boolean verbose, PrintWriter err) {
        ExitCode code;
        String line;
        if (ex instanceof ToolException tool) {
            code = tool.exitCode();
            line = tool.getMessage();
            if (verbose) {
                tool.diagnostics().forEach(err::println);
            }
        } else if (ex instanceof dev.sequelizeddl.ddl.SequelizeError) {
            code = ExitCode.MODEL_ERROR;
            line = ex.getMessage();
        } else if (ex instanceof dev.sequelizeddl.ddl.UnsupportedFeatureException
                || ex instanceof UnsupportedOperationException) {
            code = ExitCode.UNSUPPORTED;
            line = "unsupported: " + ex.getMessage();
        } else {
            code = ExitCode.INTERNAL;
            line = "internal error: " + ex;
        }
        if (code == ExitCode.USAGE) {
            line = NAME + ": " + line;
        } else if (code == ExitCode.INTERNAL && ex instanceof ToolException) {
            line = "internal error: " + line;
        }
        err.println(oneLine(line));
        if (verbose) {
            ex.printStackTrace(err);
        }
        return code.code();
    }

    /** Whether --verbose was given anywhere on the command line that runs {@code spec}'s command. */
    static boolean verbose(CommandSpec spec) {
        CommandLine cl = spec.commandLine();
        while (cl.getParent() != null) {
            cl = cl.getParent();
        }
        return cl.getParseResult() != null && verbose(cl.getParseResult());
    }

    static boolean verbose(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "error";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
