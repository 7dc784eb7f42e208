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
import dev.sequelizeddl.js.ShimRuntime;
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

    @Option(names = "--max-memory", paramLabel = "MB", defaultValue = "1024",
            description = "Heap the model files may fill, in MB (default: ${DEFAULT-VALUE}; at most 3/4 of Java's -Xmx).")
    long maxMemoryMb;

    @Option(names = "--env", paramLabel = "NAME",
            description = "Pass environment variable NAME to the models as process.env.NAME (repeatable); "
                    + "no other variable is visible.")
    List<String> envNames = new java.util.ArrayList<>();

    @Option(names = "--access-log", paramLabel = "FILE",
            description = "Write every file request of the model code to FILE, one line each: "
                    + "granted|missing|denied, stat|read|list, the absolute path (written even when the load fails).")
    Path accessLog;

    /** Where --env values come from; tests replace it. */
    static java.util.function.UnaryOperator<String> environment = System::getenv;

    private static final java.util.regex.Pattern ENV_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public Integer call() {
        Dialect d = dialect();
        Path models = modelsPath();
        if (!(timeoutSeconds > 0) || timeoutSeconds > 24 * 3600) {
            throw ToolException.usage("--timeout must be a number of seconds above 0");
        }
        if (maxMemoryMb < 16 || maxMemoryMb > 1024L * 1024) {
            throw ToolException.usage("--max-memory must be a number of MB from 16 to 1048576");
        }
        java.util.Map<String, String> env = new java.util.TreeMap<>();
        for (String name : envNames) {
            if (!ENV_NAME.matcher(name).matches()) {
                throw ToolException.usage("--env takes a variable name (letters, digits, _), not '" + name + "'");
            }
            String value = environment.apply(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        ModelLoader loader = new ModelLoader(Path.of("").toAbsolutePath(), new ShimRuntime.Limits(
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), maxMemoryMb * 1024 * 1024, env), shimEntry);

        ModelLoader.Result loaded;
        if (accessLog == null) {
            loaded = loader.load(models, d.id());
        } else {
            try (AccessLogWriter log = AccessLogWriter.open(accessLog)) {
                loaded = loader.onFileAccess(log).load(models, d.id());
            }
        }
        Schema schema = SchemaReader.read(loaded.schemaJson());
        List<String> generatorLog = new java.util.ArrayList<>();
        String ddl;
        try {
            ddl = SchemaWriter.write(schema, d, generatorLog::add);
        } catch (IllegalArgumentException e) {
            // toposort-class's errors for a `references` that names no table: the models' fault, as in Node.
            boolean fromTopoSort = java.util.Arrays.stream(e.getStackTrace()).limit(3)
                    .anyMatch(f -> f.getClassName().startsWith("dev.sequelizeddl.ddl.TopoSort"));
            if (fromTopoSort) {
                throw ToolException.model(badReference(schema) + e.getMessage()
                        + " (an attribute's references names no model or table?)", e);
            }
            throw e;
        }

        // TypeScript models: the TS provider's `-- atlas:pos` lines come first (absolute paths, like path.resolve).
        ddl = SchemaWriter.atlasPositions(schema, d, Path.of("").toAbsolutePath().resolve(models).normalize().toString()) + ddl;

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

    /**
     * "file.js:LINE:1: Model.attribute: " for the first attribute whose {@code references} gives
     * toposort no name (as in Sequelize's getModelsTopoSortedByForeignKey), else the models path.
     */
    private String badReference(Schema schema) {
        for (dev.sequelizeddl.schema.Model model : schema.models()) {
            for (dev.sequelizeddl.schema.Attribute attribute : model.attributes()) {
                dev.sequelizeddl.schema.JsValue references = attribute.get("references");
                if (references == null || !references.truthy()) {
                    continue;
                }
                dev.sequelizeddl.schema.JsValue target = references instanceof dev.sequelizeddl.schema.JsValue.JsObject o
                        ? o.get("model") : null;
                if (target == null || !target.truthy()) {
                    String file = model.source() == null ? path
                            : (path.endsWith("/") ? path : path + "/") + model.source().file() + ":" + model.source().line() + ":1";
                    return file + ": " + model.name() + "." + attribute.name() + ": ";
                }
            }
        }
        return path + ": ";
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
