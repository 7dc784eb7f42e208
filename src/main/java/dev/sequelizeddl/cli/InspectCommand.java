package dev.sequelizeddl.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.inspect.Inspector;
import dev.sequelizeddl.js.ModelLoader;
import dev.sequelizeddl.schema.Schema;
import dev.sequelizeddl.schema.SchemaReader;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inspect --path DIR [--dialect D] --format json}: the schema model as JSON (docs/inspect-json.md). */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Loads the model files of a folder and prints the schema (tables, columns, indexes, "
                + "foreign keys, enums) as JSON, rendered for one dialect.")
public final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--path", required = true, paramLabel = "DIR",
            description = "Models folder: its *.js and *.cjs files are loaded, except index.js.")
    String path;

    @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "postgres",
            completionCandidates = LoadCommand.DialectNames.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String dialect;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format; only json (default).")
    String format;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() {
        if (!LoadCommand.DIALECTS.contains(dialect)) {
            throw ToolException.usage("unknown dialect '" + dialect + "' (expected one of "
                    + String.join(", ", LoadCommand.DIALECTS) + ")");
        }
        if (!"json".equals(format)) {
            throw ToolException.usage("unknown format '" + format + "' (expected json)");
        }
        Path models;
        try {
            models = Path.of(path);
        } catch (InvalidPathException e) {
            throw ToolException.usage("invalid path: " + path);
        }
        Dialect d = Dialect.of(dialect);
        ModelLoader loader = new ModelLoader(Path.of("").toAbsolutePath(), limitOptions.limits(), LoadCommand.shimEntry);
        ModelLoader.Result loaded = limitOptions.apply(loader, l -> l.load(models, d.id(), Main.verbose(spec)));
        Schema schema = SchemaReader.read(loaded.schemaJson());
        String json;
        try {
            json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Inspector.inspect(schema, d));
        } catch (JsonProcessingException e) {
            throw ToolException.internal("cannot encode the schema as JSON", e);
        }
        PrintWriter err = spec.commandLine().getErr();
        loaded.diagnostics().forEach(err::println);
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(json + "\n");
        out.flush();
        return ExitCode.OK.code();
    }
}
