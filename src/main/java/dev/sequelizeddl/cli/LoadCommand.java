package dev.sequelizeddl.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.SchemaWriter;
import dev.sequelizeddl.js.ModelLoader;
import dev.sequelizeddl.js.ShimRuntime;
import dev.sequelizeddl.schema.Schema;
import dev.sequelizeddl.schema.SchemaReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Option(names = "--atlas-pos",
            description = "Also print '-- atlas:pos' lines for JavaScript models (the lines of their define() / init() call); "
                    + "TypeScript models always get them, as the TS provider prints them.")
    boolean atlasPosJs;

    @Override
    public Integer call() {
        Dialect d = dialect();
        Path models = modelsPath();
        ModelLoader loader = new ModelLoader(Path.of("").toAbsolutePath(), limitOptions.limits(), shimEntry);

        ModelLoader.Result loaded = limitOptions.apply(loader, l -> l.load(models, d.id(), Main.verbose(spec)));
        List<String> generatorLog = new java.util.ArrayList<>();
        // TypeScript models: the TS provider's `-- atlas:pos` lines come first (absolute paths, like path.resolve).
        String ddl = ddl(SchemaReader.read(loaded.schemaJson()), d, path,
                Path.of("").toAbsolutePath().resolve(models).normalize().toString(), true, atlasPosJs, generatorLog);
        print(spec, loaded.diagnostics(), generatorLog, ddl + "\n");
        return ExitCode.OK.code();
    }

    /**
     * The provider's DDL for {@code schema}, preceded by the {@code -- atlas:pos} lines when
     * {@code withPositions} (of JavaScript models too with {@code javaScriptPositions}); generator
     * warnings go to {@code log}.
     *
     * @param shownPath the models folder as the user typed it (error messages)
     * @param root      the same, absolute (relative source files of atlas:pos lines are below it)
     */
    static String ddl(Schema schema, Dialect d, String shownPath, String root, boolean withPositions,
            boolean javaScriptPositions, List<String> log) {
        String ddl;
        try {
            ddl = SchemaWriter.write(schema, d, log::add);
        } catch (dev.sequelizeddl.ddl.SequelizeError e) {
            // The one line names where the failing model was defined, like every model error.
            dev.sequelizeddl.schema.Model model = e.model();
            String folder = shownPath.endsWith("/") ? shownPath : shownPath + "/";
            String where = model == null ? shownPath
                    : model.source() == null ? shownPath + ": " + model.name()
                    : folder + model.source().file() + ":" + model.source().line() + ":1: " + model.name();
            String what = model != null && e.attribute() != null ? "." + e.attribute() : "";
            throw ToolException.model(where + what + ": " + e.getMessage(), e);
        }
        return withPositions ? SchemaWriter.atlasPositions(schema, d, root, javaScriptPositions) + ddl : ddl;
    }

    /** What the guest logged and the generators warned (stderr), then {@code stdout}, all or nothing. */
    static void print(CommandSpec spec, List<String> diagnostics, List<String> generatorLog, String stdout) {
        PrintWriter err = spec.commandLine().getErr();
        diagnostics.forEach(err::println);
        generatorLog.forEach(err::println);
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(stdout);
        out.flush();
        if (out.checkError()) {
            throw ToolException.internal("cannot write the DDL to stdout", null);
        }
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
