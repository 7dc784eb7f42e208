package dev.sequelizeddl.js;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

import dev.sequelizeddl.cli.ToolException;

/**
 * The only place that creates GraalJS contexts: one shared {@link Engine} (so parsed shim code is
 * reused), one fresh sandboxed {@link Context} per load.
 *
 * <p>The guest gets no host classes, no Java interop, no IO, no environment, no threads or
 * processes; everything it may do outside plain JavaScript goes through the {@code __host} object
 * of docs/ARCHITECTURE.md. A CPU-time limit stops endless loops in model files.
 */
public final class ShimRuntime implements AutoCloseable {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    /** Guest console output and warnings are kept for stderr; a runaway logger must not eat the heap. */
    private static final int MAX_DIAGNOSTIC_CHARS = 1 << 20;

    /** GraalJS shell globals that Node does not have; removed so models see a Node-like global. */
    private static final Source REMOVE_NON_NODE_GLOBALS = Source.create("js", """
            for (const name of ['Java', 'Packages', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'net',
                'Polyglot', 'Graal', 'load', 'loadWithNewGlobal', 'print', 'printErr', 'quit', 'exit',
                'readline', 'readbuffer', 'read', 'arguments']) {
              delete globalThis[name];
            }
            """);

    private static final Object ENGINE_LOCK = new Object();
    private static volatile Engine engine;

    /** Shim sources are identical in every load; reusing the Source lets the engine reuse its parse. */
    private static final Map<String, Source> SHIM_SOURCES = new ConcurrentHashMap<>();

    /** Default memory ceiling: live heap (after a full collection) the JVM may hold while models run. */
    public static final long DEFAULT_MEMORY_LIMIT_BYTES = 1024L * 1024 * 1024;

    /**
     * What a load may use: CPU time, heap (see {@link MemoryWatchdog}) and the environment variables
     * the user allowed ({@code --env NAME}), visible to models as {@code process.env}.
     */
    public record Limits(Duration timeLimit, long memoryLimitBytes, Map<String, String> env) {
        public Limits {
            env = Collections.unmodifiableMap(new java.util.TreeMap<>(env));
        }

        public static Limits of(Duration timeLimit) {
            return new Limits(timeLimit, DEFAULT_MEMORY_LIMIT_BYTES, Map.of());
        }
    }

    private final Context context;
    private final RootedFiles files;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Duration timeLimit;
    private final Limits limits;
    private final MemoryWatchdog memory;
    /** The last model file handed to {@code __host.compile}: the file being loaded when no frame says which. */
    private volatile String lastUserFile;

    private ShimRuntime(RootedFiles files, Limits limits) {
        this.files = files;
        this.limits = limits;
        this.timeLimit = limits.timeLimit();
        OutputStream console = diagnostics.stream();
        this.context = Context.newBuilder("js")
                .engine(engine())
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(console)
                .err(console)
                .in(InputStream.nullInputStream())
                .allowHostAccess(HostAccess.CONSTRAINED)
                .allowHostClassLookup(name -> false)
                .allowHostClassLoading(false)
                .allowIO(IOAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowValueSharing(false)
                // Dates in model files behave as under TZ=UTC whatever the machine says (determinism).
                .timeZone(java.time.ZoneOffset.UTC)
                .option("sandbox.MaxCPUTime", Math.max(1, timeLimit.toMillis()) + "ms")
                .build();
        this.memory = new MemoryWatchdog(limits.memoryLimitBytes(), () -> context.close(true));
    }

    /**
     * A fresh context whose {@code __host} reads only below {@code files.root()}.
     *
     * @param timeLimit CPU time the guest may use in this context (all evaluations together)
     */
    public static ShimRuntime open(RootedFiles files, Duration timeLimit) {
        return open(files, Limits.of(timeLimit));
    }

    /** A fresh context with the given limits; the memory watchdog runs until {@link #close()}. */
    public static ShimRuntime open(RootedFiles files, Limits limits) {
        return open(files, limits, Map.of());
    }

    /** The same, with {@code extra} host functions on {@code __host} (e.g. {@code ddl} in script mode). */
    public static ShimRuntime open(RootedFiles files, Limits limits, Map<String, ProxyExecutable> extra) {
        ShimRuntime runtime = new ShimRuntime(files, limits);
        try {
            runtime.context.eval(REMOVE_NON_NODE_GLOBALS);
            runtime.context.getBindings("js").putMember("__host", runtime.hostObject(extra));
            runtime.memory.start();
            return runtime;
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /** The engine shared by all contexts of this JVM, created on first use. */
    static Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (ENGINE_LOCK) {
                e = engine;
                if (e == null) {
                    e = Engine.newBuilder("js")
                            .sandbox(SandboxPolicy.CONSTRAINED)
                            // No optimizing runtime on a stock JDK, on purpose (see graaljs-notes).
                            .option("engine.WarnInterpreterOnly", "false")
                            .out(OutputStream.nullOutputStream())
                            .err(OutputStream.nullOutputStream())
                            // Truffle's own log lines would land on stderr, which is for the user.
                            .logHandler(OutputStream.nullOutputStream())
                            .build();
                    engine = e;
                }
            }
        }
        return e;
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    public RootedFiles files() {
        return files;
    }

    public Limits limits() {
        return limits;
    }

    /** Whether the memory watchdog stopped the guest (its cancellation then looks like any other). */
    public boolean memoryLimitHit() {
        return memory.tripped();
    }

    /** The memory ceiling in effect (the requested one, capped at three quarters of the heap). */
    public long memoryLimitBytes() {
        return memory.limitBytes();
    }

    /** The model file most recently compiled (absolute path), or null. */
    public String lastUserFile() {
        return lastUserFile;
    }

    /** Evaluates shim resource {@code js-shim/<name>} under the name {@code js-shim/<name>}. */
    public Value evalShim(String name) {
        String text = ShimResources.read(name)
                .orElseThrow(() -> ToolException.internal("missing shim resource " + ShimResources.PREFIX + name, null));
        return compile(ShimResources.PREFIX + name, text);
    }

    /** Evaluates {@code text} as a script called {@code displayName}; stack traces carry that name. */
    public Value compile(String displayName, String text) {
        if (!displayName.startsWith(ShimResources.PREFIX)) {
            lastUserFile = displayName;
        }
        return context.eval(source(displayName, text));
    }

    /** A global of the guest, e.g. {@code __sequelizeDdl}. */
    public Value global(String name) {
        return context.getBindings("js").getMember(name);
    }

    /** Turns a JSON text into a guest value (plain objects and arrays, not proxies). */
    public Value fromJson(String json) {
        return global("JSON").invokeMember("parse", json);
    }

    /** Warnings ({@code __host.warn}) and console output of the guest, one entry per line, in order. */
    public List<String> diagnostics() {
        return diagnostics.lines();
    }

    @Override
    public void close() {
        memory.stop();
        // cancelIfExecuting: a load stopped by an error may leave nothing running, but be sure.
        context.close(true);
    }

    private static Source source(String displayName, String text) {
        if (!displayName.startsWith(ShimResources.PREFIX)) {
            return Source.newBuilder("js", text, displayName).buildLiteral();
        }
        Source cached = SHIM_SOURCES.get(displayName);
        if (cached != null && cached.getCharacters().toString().equals(text)) {
            return cached;
        }
        Source built = Source.newBuilder("js", text, displayName).buildLiteral();
        SHIM_SOURCES.put(displayName, built);
        return built;
    }

    // ---- __host -------------------------------------------------------------------------------

    private ProxyObject hostObject(Map<String, ProxyExecutable> extra) {
        Map<String, Object> members = new LinkedHashMap<>(extra);
        members.put("readFile", (ProxyExecutable) args -> {
            String path = stringArg(args, 0, "readFile");
            try {
                lastUserFile = path;
                return files.readFile(path);
            } catch (IOException e) {
                throw guestError("Error", e.getMessage());
            }
        });
        members.put("stat", (ProxyExecutable) args -> files.stat(stringArg(args, 0, "stat")));
        members.put("readable", (ProxyExecutable) args -> files.readable(stringArg(args, 0, "readable")));
        members.put("listDir", (ProxyExecutable) args -> {
            String path = stringArg(args, 0, "listDir");
            try {
                List<Object> names = new ArrayList<>(files.listDir(path));
                return global("Array").invokeMember("from", ProxyArray.fromList(names));
            } catch (IOException e) {
                throw guestError("Error", e.getMessage());
            }
        });
        members.put("readShim", (ProxyExecutable) args ->
                ShimResources.read(stringArg(args, 0, "readShim")).orElse(null));
        members.put("compile", (ProxyExecutable) args ->
                compile(stringArg(args, 0, "compile"), stringArg(args, 1, "compile")));
        members.put("env", (ProxyExecutable) args -> {
            Value env = global("Object").invokeMember("create", (Object) null);
            limits.env().forEach(env::putMember);
            return env;
        });
        // TypeScript model files → CommonJS (swc on the JVM, cached); read through the same roots as readFile.
        members.put("transpile", (ProxyExecutable) args -> {
            String path = stringArg(args, 0, "transpile");
            String text = readForGuest(path);
            try {
                return dev.sequelizeddl.ts.TypeScriptCompiler.shared().toCommonJs(path, text);
            } catch (dev.sequelizeddl.ts.TypeScriptCompiler.CompileException e) {
                throw guestError("SyntaxError", e.getMessage());
            } catch (LinkageError | RuntimeException e) {
                throw guestError("Error", "cannot transpile TypeScript on this platform (swc4j: " + e + ")");
            }
        });
        // crypto.createHash / createHmac of js-shim/node/crypto.js: (algorithm, hex data, hex key or null) → hex digest.
        members.put("digest", (ProxyExecutable) args -> {
            String algorithm = stringArg(args, 0, "digest");
            String data = stringArg(args, 1, "digest");
            String key = args.length > 2 && args[2].isString() ? args[2].asString() : null;
            try {
                return Digests.hex(algorithm, data, key);
            } catch (IllegalArgumentException e) {
                throw guestError("Error", e.getMessage());
            }
        });
        // JavaScript ES modules → CommonJS for the loader's ES-module wrapper (parsed by swc, lines kept).
        members.put("esm", (ProxyExecutable) args -> {
            String path = stringArg(args, 0, "esm");
            String text = readForGuest(path);
            // GraalJS parses it first as the ES module it is: a syntax error is reported as for any
            // model file (file:line:col, GraalJS's words), and swc only sees valid modules.
            context.parse(Source.newBuilder("js", text, path).mimeType("application/javascript+module").buildLiteral());
            try {
                return dev.sequelizeddl.ts.TypeScriptCompiler.shared().javaScriptModuleToCommonJs(path, text);
            } catch (dev.sequelizeddl.ts.TypeScriptCompiler.CompileException e) {
                throw guestError("SyntaxError", e.getMessage());
            } catch (LinkageError | RuntimeException e) {
                throw guestError("Error", path + ": cannot read ES modules on this platform (swc4j: " + e + ")");
            }
        });
        // The top-level classes of a TypeScript file with their lines, as JSON (the TS provider's atlas:pos).
        members.put("tsClasses", (ProxyExecutable) args -> {
            String path = stringArg(args, 0, "tsClasses");
            try {
                StringBuilder json = new StringBuilder("[");
                for (var c : dev.sequelizeddl.ts.TypeScriptCompiler.shared().classSpans(path, files.readFile(path))) {
                    json.append(json.length() > 1 ? "," : "").append("{\"name\":").append(jsonString(c.name()))
                            .append(",\"line\":").append(c.line()).append(",\"endLine\":").append(c.endLine()).append('}');
                }
                return json.append(']').toString();
            } catch (IOException e) {
                throw guestError("Error", e.getMessage());
            } catch (dev.sequelizeddl.ts.TypeScriptCompiler.CompileException e) {
                throw guestError("SyntaxError", e.getMessage());
            } catch (LinkageError | RuntimeException e) {
                throw guestError("Error", "cannot read TypeScript on this platform (swc4j: " + e + ")");
            }
        });
        members.put("warn", (ProxyExecutable) args -> {
            diagnostics.add(args.length == 0 ? "" : args[0].isString() ? args[0].asString() : args[0].toString());
            return null;
        });
        return ProxyObject.fromMap(Collections.unmodifiableMap(members));
    }


    /** A file's text for a host function, or the guest's Error saying why not. */
    private String readForGuest(String path) {
        try {
            return files.readFile(path);
        } catch (IOException e) {
            throw guestError("Error", e.getMessage());
        }
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private String stringArg(Value[] args, int index, String function) {
        if (args.length <= index || !args[index].isString()) {
            throw guestError("TypeError", "__host." + function + ": argument " + (index + 1) + " must be a string");
        }
        return args[index].asString();
    }

    /** A real JS error (catchable, with a stack), not a Java exception leaking into the guest. */
    private RuntimeException guestError(String constructor, String message) {
        return global(constructor).newInstance(message).throwException();
    }

    /** Collects guest output as lines, bounded. */
    private static final class Diagnostics {
        private final List<String> lines = new ArrayList<>();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private int chars;

        synchronized void add(String line) {
            flushPending();
            append(line);
        }

        synchronized List<String> lines() {
            flushPending();
            return List.copyOf(lines);
        }

        private void append(String text) {
            for (String line : text.split("\r?\n", -1)) {
                if (chars >= MAX_DIAGNOSTIC_CHARS) {
                    return;
                }
                chars += line.length();
                lines.add(line);
            }
        }

        private void flushPending() {
            if (pending.size() == 0) {
                return;
            }
            String text = pending.toString(StandardCharsets.UTF_8);
            pending.reset();
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            append(text);
        }

        OutputStream stream() {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (Diagnostics.this) {
                        if (chars + pending.size() < MAX_DIAGNOSTIC_CHARS) {
                            pending.write(b);
                        }
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (Diagnostics.this) {
                        if (chars + pending.size() < MAX_DIAGNOSTIC_CHARS) {
                            pending.write(b, off, Math.min(len, MAX_DIAGNOSTIC_CHARS));
                        }
                    }
                }
            };
        }
    }
}
