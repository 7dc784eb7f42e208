package dev.sequelizeddl.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.sequelizeddl.js.ModelLoader;
import dev.sequelizeddl.js.ShimRuntime;
import picocli.CommandLine.Option;

/**
 * What the guest code may use ({@code --timeout}, {@code --max-memory}, {@code --env}, {@code --root}) and the
 * audit of what it read ({@code --access-log}): shared by load, run and inspect.
 */
public final class LimitOptions {
    /** Where --env values come from; tests replace it. */
    static UnaryOperator<String> environment = System::getenv;

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "CPU time the model files may take (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-memory", paramLabel = "MB", defaultValue = "1024",
            description = "Heap the model files may fill, in MB (default: ${DEFAULT-VALUE}; at most 3/4 of Java's -Xmx).")
    long maxMemoryMb;

    @Option(names = "--env", paramLabel = "NAME",
            description = "Pass environment variable NAME to the models as process.env.NAME (repeatable); "
                    + "no other variable is visible.")
    List<String> envNames = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR",
            description = "Project folder the model code may read as a whole (e.g. --root . for models that require "
                    + "'../db'); it must contain the models folder. Default: only the models folder, and the "
                    + "node_modules folders (with their package.json) of it and the folders above it.")
    Path projectRoot;

    @Option(names = "--access-log", paramLabel = "FILE",
            description = "Write every file request of the model code to FILE, one line each: "
                    + "granted|missing|denied, stat|read|list, the absolute path (written even when the load fails).")
    Path accessLog;

    /** Runs {@code work} on {@code loader} with the readable area and the access log these flags ask for. */
    <T> T apply(ModelLoader loader, Function<ModelLoader, T> work) {
        if (projectRoot != null) {
            loader.readableRoot(projectRoot);
        }
        if (accessLog == null) {
            return work.apply(loader);
        }
        try (AccessLogWriter log = AccessLogWriter.open(accessLog)) {
            return work.apply(loader.onFileAccess(log));
        }
    }

    /** The limits the flags ask for; a usage error for values out of range. */
    ShimRuntime.Limits limits() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 24 * 3600) {
            throw ToolException.usage("--timeout must be a number of seconds above 0");
        }
        if (maxMemoryMb < 16 || maxMemoryMb > 1024L * 1024) {
            throw ToolException.usage("--max-memory must be a number of MB from 16 to 1048576");
        }
        Map<String, String> env = new TreeMap<>();
        for (String name : envNames) {
            if (!ENV_NAME.matcher(name).matches()) {
                throw ToolException.usage("--env takes a variable name (letters, digits, _), not '" + name + "'");
            }
            String value = environment.apply(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        return new ShimRuntime.Limits(Duration.ofMillis(Math.round(timeoutSeconds * 1000)), maxMemoryMb * 1024 * 1024, env);
    }
}
