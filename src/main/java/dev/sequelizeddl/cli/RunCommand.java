package dev.sequelizeddl.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.js.ModelLoader;
import dev.sequelizeddl.schema.SchemaReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run load.js|load.ts}: script mode of both Node providers. The user's script runs unchanged; it
 * requires {@code @ariga/atlas-provider-sequelize} ({@code loadSequelizeModels(dialect, ...factories)}) or
 * {@code @ariga/ts-atlas-provider-sequelize/src/sequelize_schema} ({@code loadModels(dialect, [classes])}),
 * served by the shim, and prints what they return. What the script itself prints with
 * {@code console.log} is stdout, written only once the whole script has succeeded; everything else
 * goes to stderr. Exit codes as {@code load}.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs a provider script (load.js / load.ts that calls loadSequelizeModels or loadModels "
                + "and console.logs the result) and prints what it prints.")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCRIPT",
            description = "The script (*.js, *.cjs or *.ts); files below its folder may be required.")
    String script;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() {
        Path scriptPath;
        try {
            scriptPath = Path.of(script);
        } catch (InvalidPathException e) {
            throw ToolException.usage("invalid path: " + script);
        }
        Path cwd = Path.of("").toAbsolutePath();
        ModelLoader loader = new ModelLoader(cwd, limitOptions.limits(), LoadCommand.shimEntry);
        Path folder = cwd.resolve(scriptPath).normalize().getParent();
        String shownFolder = scriptPath.getParent() == null ? "." : scriptPath.getParent().toString();
        List<String> generatorLog = new ArrayList<>();
        ModelLoader.Printed printed = limitOptions.apply(loader, l -> l.run(scriptPath, (dialect, schemaJson, withPositions) ->
                LoadCommand.ddl(SchemaReader.read(schemaJson), Dialect.of(dialect), shownFolder,
                        folder.toString(), withPositions, false, generatorLog)));
        if (printed.stdout().isEmpty()) {
            // For Atlas an empty schema means "drop every table": refuse, as load refuses an empty folder.
            throw ToolException.model(scriptPath.toString().replace('\\', '/')
                    + ":1:1: the script printed nothing on stdout (expected console.log(loadModels(...)))")
                    .withDiagnostics(printed.diagnostics());
        }
        LoadCommand.print(spec, printed.diagnostics(), generatorLog, printed.stdout());
        return ExitCode.OK.code();
    }
}
