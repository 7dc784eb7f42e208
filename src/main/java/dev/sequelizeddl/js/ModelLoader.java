package dev.sequelizeddl.js;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.sequelizeddl.cli.ToolException;

/**
 * Runs a folder of model files through the shim and returns the schema JSON
 * (docs/schema-json.md). Nothing of the guest survives the call.
 */
public final class ModelLoader {
    /** The shim entry point; it defines {@code globalThis.__sequelizeDdl}. */
    static final String ENTRY = "index.js";
    static final String ENTRY_GLOBAL = "__sequelizeDdl";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The schema JSON and what the guest printed or warned about, for stderr. */
    public record Result(String schemaJson, List<String> diagnostics) {
    }

    /** Script mode: what the script printed with console.log (for stdout) and the rest (for stderr). */
    public record Printed(String stdout, List<String> diagnostics) {
    }

    private final Path cwd;
    private final Duration timeLimit;
    private final String entry;
    private final ShimRuntime.Limits limits;
    private java.util.function.Consumer<RootedFiles.Access> accessListener;
    private Path readableRoot;

    public ModelLoader() {
        this(Path.of("").toAbsolutePath(), ShimRuntime.DEFAULT_TIME_LIMIT);
    }

    /**
     * @param cwd       the folder error locations are shown relative to
     * @param timeLimit the guest's CPU time budget for the whole load
     */
    public ModelLoader(Path cwd, Duration timeLimit) {
        this(cwd, timeLimit, ENTRY);
    }

    /** @param entry the shim resource that defines {@code __sequelizeDdl} (tests use a fake one) */
    public ModelLoader(Path cwd, Duration timeLimit, String entry) {
        this(cwd, ShimRuntime.Limits.of(timeLimit), entry);
    }

    /** @param limits CPU time, memory ceiling and the environment variables models may read */
    public ModelLoader(Path cwd, ShimRuntime.Limits limits, String entry) {
        this.cwd = cwd.toAbsolutePath().normalize();
        this.timeLimit = limits.timeLimit();
        this.limits = limits;
        this.entry = entry;
    }

    /**
     * Lets the model code read every file below {@code dir} too (as typed, relative to the current folder),
     * not only the models folder; it must contain the models folder (or the script's folder).
     */
    public ModelLoader readableRoot(Path dir) {
        this.readableRoot = dir;
        return this;
    }

    /** What the guest may read for a load rooted at {@code dir}: reported to the listener, widened to --root. */
    private RootedFiles openFiles(Path dir) throws IOException {
        RootedFiles files = new RootedFiles(dir);
        files.onAccess(accessListener);
        if (readableRoot == null) {
            return files;
        }
        try {
            files.allowTree(cwd.resolve(readableRoot).normalize());
        } catch (IOException | RuntimeException e) {
            throw ToolException.usage("--root " + readableRoot + ": must be a folder that contains " + files.root()
                    + (e instanceof java.nio.file.NoSuchFileException ? " (it does not exist)" : ""));
        }
        return files;
    }

    /** Reports every file request of the model code (stat, read, list; granted or not) to {@code listener}. */
    public ModelLoader onFileAccess(java.util.function.Consumer<RootedFiles.Access> listener) {
        this.accessListener = listener;
        return this;
    }

    /**
     * Loads every model file of {@code modelsPath} (as the user typed it, relative to the current folder).
     *
     * @throws ToolException exit code 2 for a missing/empty folder, 1 for an error in a model,
     *                       3 for something unsupported, 4 for anything that is our fault
     */
    public Result load(Path modelsPath, String dialect) {
        return load(modelsPath, dialect, false);
    }

    /**
     * As {@link #load(Path, String)}; with {@code verbose}, the diagnostics also say, one
     * {@code sequelize-ddl: verbose:} line per file, how each file was loaded or why it was skipped.
     */
    public Result load(Path modelsPath, String dialect, boolean verbose) {
        Path root = cwd.resolve(modelsPath).normalize();
        if (!Files.exists(root)) {
            throw ToolException.usage("path does not exist: " + modelsPath);
        }
        if (!Files.isDirectory(root)) {
            throw ToolException.usage("path is not a directory: " + modelsPath);
        }
        RootedFiles files;
        List<String> names;
        List<String> skipped = new ArrayList<>();
        try {
            files = openFiles(root);
            names = modelFiles(root, skipped);
        } catch (IOException e) {
            throw ToolException.usage("cannot read directory " + modelsPath + ": " + e.getMessage());
        }
        if (names.isEmpty()) {
            // The Node provider would print an empty schema; for Atlas that reads as "drop every table".
            throw ToolException.usage("no model files (*.js, *.cjs, *.mjs, *.ts, or an index.js that is the only one) in " + modelsPath);
        }
        DisplayPaths paths = new DisplayPaths(cwd, modelsPath, files.root());
        Result result = execute(files, paths, request(files.root(), names, dialect, verbose), Map.of(), false);
        if (!verbose) {
            return result;
        }
        List<String> diagnostics = new ArrayList<>();
        skipped.forEach(line -> diagnostics.add(VERBOSE + line));
        diagnostics.addAll(result.diagnostics());
        return new Result(result.schemaJson(), diagnostics);
    }

    /** Turns one schema JSON into DDL for script mode: {@code (dialect, schemaJson, withAtlasPositions)}. */
    @FunctionalInterface
    public interface DdlFunction {
        String ddl(String dialect, String schemaJson, boolean withPositions);
    }

    /**
     * Script mode: runs the user's script ({@code load.js} / {@code load.ts}, as typed) with the Node
     * providers' packages served by the shim; they hand their models to {@code ddl}. The result's text is
     * what the script itself printed with {@code console.log}, to go to stdout only now that it succeeded.
     */
    public Printed run(Path scriptPath, DdlFunction ddl) {
        Path script = cwd.resolve(scriptPath).normalize();
        if (!Files.exists(script)) {
            throw ToolException.usage("script does not exist: " + scriptPath);
        }
        if (!Files.isRegularFile(script)) {
            throw ToolException.usage("not a file: " + scriptPath);
        }
        String name = script.getFileName().toString();
        if (!name.matches(".*\\.(c?js|ts)") || name.endsWith(".d.ts")) {
            throw ToolException.usage("the script must be a .js, .cjs or .ts file: " + scriptPath);
        }
        RootedFiles files;
        try {
            files = openFiles(script.getParent());
        } catch (IOException e) {
            throw ToolException.usage("cannot read directory of " + scriptPath + ": " + e.getMessage());
        }
        Path given = scriptPath.getParent() == null ? Path.of(".") : scriptPath.getParent();
        DisplayPaths paths = new DisplayPaths(cwd, given, files.root());
        // A failure while rendering DDL is thrown into the script (as Node's provider would throw) and
        // kept: it is the run's error even if the script catches it.
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Map<String, org.graalvm.polyglot.proxy.ProxyExecutable> host = Map.of("ddl", args -> {
            if (args.length < 2 || !args[0].isString() || !args[1].isString()) {
                throw ToolException.internal("__host.ddl(dialect, schemaJson, withPositions) called with " + args.length + " arguments", null);
            }
            try {
                return ddl.ddl(args[0].asString(), args[1].asString(), args.length > 2 && args[2].isBoolean() && args[2].asBoolean());
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                throw e;
            }
        });
        ObjectNode request = JSON.createObjectNode();
        request.put("root", files.root().toString().replace('\\', '/'));
        request.put("script", name);
        try {
            Result result = execute(files, paths, JSON.writeValueAsString(request), host, true);
            if (failure.get() != null) {
                throw failure.get();
            }
            return new Printed(result.schemaJson(), result.diagnostics());
        } catch (ToolException e) {
            if (failure.get() != null && failure.get() != e) {
                throw failure.get();
            }
            throw e;
        } catch (JsonProcessingException e) {
            throw ToolException.internal("cannot encode the run request", e);
        }
    }

    private Result execute(RootedFiles files, DisplayPaths paths, String request,
            Map<String, org.graalvm.polyglot.proxy.ProxyExecutable> host, boolean script) {
        GuestErrors errors = new GuestErrors(paths, timeLimit);
        ShimRuntime opened;
        try {
            opened = ShimRuntime.open(files, limits, host);
        } catch (PolyglotException e) {
            // The limits apply from the first statement on (a CPU limit shorter than the start-up).
            throw errors.map(e, false, limits.memoryLimitBytes(), null);
        }
        try (ShimRuntime runtime = opened) {
            try {
                runtime.evalShim(entry);
                Value shim = runtime.global(ENTRY_GLOBAL);
                if (shim == null || shim.isNull() || !shim.canInvokeMember("load")) {
                    throw ToolException.internal(ShimResources.PREFIX + entry + " did not define " + ENTRY_GLOBAL + ".load", null);
                }
                Value result = shim.invokeMember("load", runtime.fromJson(request));
                if (script) {
                    // Promise jobs the script queued have run by now (after the call returned).
                    result = shim.invokeMember("stdout");
                }
                if (result == null || !result.isString()) {
                    throw ToolException.internal(ENTRY_GLOBAL + ".load returned " + result + ", not a string", null);
                }
                return new Result(result.asString(), displayWarnings(runtime.diagnostics(), paths));
            } catch (PolyglotException e) {
                throw errors.map(e, runtime.memoryLimitHit(), runtime.memoryLimitBytes(), runtime.lastUserFile())
                        .withDiagnostics(runtime.diagnostics());
            } catch (OutOfMemoryError e) {
                // One allocation bigger than the heap, before the watchdog could see it: the same limit.
                runtime.close();
                throw ToolException.model(errors.fileLocation(runtime.lastUserFile())
                        + GuestErrors.memoryMessage(runtime.memoryLimitBytes()), e);
            }
        }
    }

    /** The prefix of the lines {@code --verbose} adds to the diagnostics. */
    public static final String VERBOSE = "sequelize-ddl: verbose: ";

    static List<String> modelFiles(Path dir) throws IOException {
        return modelFiles(dir, new ArrayList<>());
    }

    /**
     * The model files of a folder: names ending in {@code .js} except {@code index.js}, as the Node
     * provider picks them, plus {@code .cjs} (a package with "type": "module" needs that extension for
     * CommonJS models) and {@code .mjs} ES modules (documented differences), without tests ({@code *.test.js}, {@code *.spec.js}),
     * byte-sorted; subfolders are not searched. When {@code index.js} is the only JavaScript file, it is
     * the entry point (a {@code models/index.js}-style loader) and the only file; when it requires every
     * other one by name ({@link #requiresAll}) it is loaded with them (the shim warns and goes on when it
     * cannot be). {@code skipped} gets one
     * line per JavaScript file left out, saying why.
     */
    static List<String> modelFiles(Path dir, List<String> skipped) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).forEach(all::add);
        }
        all.sort(RootedFiles::compareUtf8);
        List<String> names = new ArrayList<>();
        for (String name : all) {
            if (isTestFile(name)) {
                skipped.add(name + ": skipped, a test file");
            } else if (isModelFile(name)) {
                names.add(name);
            }
        }
        for (String index : List.of("index.js", "index.mjs")) {
            if (names.isEmpty() && all.contains(index)) {
                names.add(index);
            } else if (all.contains(index) && requiresAll(dir.resolve(index), names)) {
                // the folder's own index (models/index.js requiring ./User and ./Post and associating them):
                // loaded first, as the app loads them (the models come in its order), what it adds applies;
                // the shim only warns when it cannot be loaded
                names.add(0, index);
            } else if (all.contains(index)) {
                skipped.add(index + ": skipped, the folder has other model files (" + index
                        + " is loaded only when it is the only one, or when it requires all of them)");
            }
        }
        return names;
    }

    /**
     * Whether {@code index} names every one of the other JavaScript files in a relative {@code require} /
     * {@code import} ({@code require('./User')}, {@code from './extra-setup.js'}): then it is the folder's
     * own index, loaded with them (its associations apply: the bootcamp layout of models/User.js, Post.js and
     * an index.js associating them; Sequelize's express example's sequelize/index.js). TypeScript files and
     * a sequelize-cli {@code index.js} (which reads the folder with {@code fs.readdirSync}) never make it one.
     */
    static boolean requiresAll(Path index, List<String> others) throws IOException {
        if (others.isEmpty() || others.stream().anyMatch(n -> n.endsWith(".ts"))) return false;
        // read only as a plain file of the folder (a symlink is never scanned), and not a huge one
        if (!Files.isRegularFile(index, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.size(index) > MAX_ENTRY_SCAN) return false;
        String text = Files.readString(index, java.nio.charset.StandardCharsets.UTF_8);
        for (String name : others) {
            String base = name.replaceFirst("\\.[cm]?js$", "");
            Pattern reference = Pattern.compile("(?:require\\s*\\(\\s*|import\\s*\\(\\s*|from\\s+|import\\s+)(['\"`])\\./"
                    + "(?:" + Pattern.quote(name) + "|" + Pattern.quote(base) + ")\\1");
            if (!reference.matcher(text).find()) return false;
        }
        return true;
    }

    /** An entry point larger than this is not scanned (and so never taken for one). */
    private static final long MAX_ENTRY_SCAN = 1 << 20;

    static boolean isModelFile(String name) {
        return (name.endsWith(".js") || name.endsWith(".cjs") || name.endsWith(".mjs"))
                && !name.equals("index.js") && !name.equals("index.mjs") && !isTestFile(name)
                || isTypeScriptModel(name);
    }

    /** The shim's own warning lines name files by absolute path; show them as errors do. */
    private static List<String> displayWarnings(List<String> lines, DisplayPaths paths) {
        return lines.stream().map(l -> l.startsWith("sequelize-ddl: ") ? paths.displayAll(l) : l).toList();
    }

    /** Tests next to the models: {@code *.test.js}, {@code *.spec.js} (and {@code .cjs}, {@code .mjs}). */
    static boolean isTestFile(String name) {
        return name.matches(".*\\.(test|spec)\\.[cm]?js");
    }

    /**
     * TypeScript model files as the TypeScript provider picks them ({@code *.ts} except {@code index.ts}),
     * without declaration files and tests ({@code *.d.ts}, {@code *.test.ts}, {@code *.spec.ts}).
     */
    static boolean isTypeScriptModel(String name) {
        return name.endsWith(".ts") && !name.equals("index.ts") && !name.endsWith(".d.ts")
                && !name.endsWith(".test.ts") && !name.endsWith(".spec.ts");
    }

    private static String request(Path root, List<String> names, String dialect, boolean verbose) {
        ObjectNode request = JSON.createObjectNode();
        request.put("root", root.toString().replace('\\', '/'));
        names.forEach(request.putArray("files")::add);
        request.put("dialect", dialect);
        request.put("verbose", verbose);
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw ToolException.internal("cannot encode the load request", e);
        }
    }
}
