package dev.sequelizeddl.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.SchemaWriter;
import dev.sequelizeddl.js.ModelLoader;
import dev.sequelizeddl.schema.Schema;
import dev.sequelizeddl.schema.SchemaReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code load --path DIR --dialect D}: the Node provider's only command. Prints nothing until the
 * whole schema is built, then the DDL plus one newline (the provider's {@code console.log}).
 */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Loads the model files of a folder and prints their CREATE statements.")
public final class LoadCommand implements Callable<Integer> {
    /** The --dialect values, in the Node provider's order of its README. */
    static final List<String> DIALECTS = List.of("mysql", "mariadb", "postgres", "sqlite", "mssql");

    /** The shim entry resource; only the runtime's own tests point it at a fake shim. */
    static String shimEntry = "index.js";

    @Spec
    CommandSpec spec;

    @Option(names = "--path", required = true, paramLabel = "DIR",
            description = "Models folder: its *.js and *.cjs files are loaded, except index.js.")
    String path;

    @Option(names = "--dialect", required = true, paramLabel = "DIALECT",
            completionCandidates = DialectNames.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String dialect;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "CPU time the model files may take (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Override
    public Integer call() {
        Dialect d = dialect();
        Path models = modelsPath();
        if (!(timeoutSeconds > 0) || timeoutSeconds > 24 * 3600) {
            throw ToolException.usage("--timeout must be a number of seconds above 0");
        }
        ModelLoader loader = new ModelLoader(Path.of("").toAbsolutePath(),
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), shimEntry);

        ModelLoader.Result loaded = loader.load(models, d.id());
        Schema schema = SchemaReader.read(loaded.schemaJson());
        List<String> generatorLog = new java.util.ArrayList<>();
        String ddl = SchemaWriter.write(schema, d, generatorLog::add);

        PrintWriter err = spec.commandLine().getErr();
        loaded.diagnostics().forEach(err::println);
        generatorLog.forEach(err::println);
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(ddl + "\n");
        out.flush();
        if (out.checkError()) {
            throw ToolException.internal("cannot write the DDL to stdout", null);
        }
        return ExitCode.OK.code();
    }

    private Dialect dialect() {
        if (!DIALECTS.contains(dialect)) {
            throw ToolException.usage("unknown dialect '" + dialect + "' (expected one of "
                    + String.join(", ", DIALECTS) + ")");
        }
        return Dialect.of(dialect);
    }

    private Path modelsPath() {
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw ToolException.usage("invalid path: " + path);
        }
    }

    /** Completion candidates (and the help text) for --dialect. */
    static final class DialectNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DIALECTS.iterator();
        }
    }
}
