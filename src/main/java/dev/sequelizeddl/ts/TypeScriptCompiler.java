package dev.sequelizeddl.ts;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.enums.Swc4jSourceMapOption;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jDecoratorsTranspileOption;
import com.caoccao.javet.swc4j.options.Swc4jParseOptions;
import com.caoccao.javet.swc4j.options.Swc4jTranspileOptions;

/**
 * TypeScript model files → CommonJS JavaScript, on the JVM: swc (via swc4j) strips the types and
 * compiles legacy decorators with {@code design:type} metadata (tsc's {@code experimentalDecorators} +
 * {@code emitDecoratorMetadata}); {@link EsmToCommonJs} turns the ES module it emits into CommonJS.
 *
 * <p>Results are cached by content hash under {@code <cache>/ts/} so an unchanged file is not
 * transpiled again; the cache folder is {@code -Dsequelize-ddl.cache}, else {@code $SEQUELIZE_DDL_CACHE},
 * else {@code $XDG_CACHE_HOME/sequelize-ddl}, else {@code ~/.cache/sequelize-ddl}. A cache that cannot
 * be written is skipped silently.
 */
public final class TypeScriptCompiler {
    /** Bump when the produced JavaScript changes for the same input. */
    private static final String OUTPUT_VERSION = "2";

    /** An error in the TypeScript source (syntax): the message names the file. */
    public static final class CompileException extends Exception {
        private static final long serialVersionUID = 1L;

        CompileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static volatile TypeScriptCompiler shared;

    private final Path cacheDir;
    private Swc4j swc;

    TypeScriptCompiler(Path cacheRoot) {
        this.cacheDir = cacheRoot == null ? null : cacheRoot.resolve("ts");
        SwcNative.configure(cacheRoot);
    }

    public static TypeScriptCompiler shared() {
        TypeScriptCompiler c = shared;
        if (c == null) {
            synchronized (TypeScriptCompiler.class) {
                c = shared;
                if (c == null) {
                    c = new TypeScriptCompiler(defaultCacheRoot());
                    shared = c;
                }
            }
        }
        return c;
    }

    static Path defaultCacheRoot() {
        try {
            String p = System.getProperty("sequelize-ddl.cache");
            if (p == null || p.isBlank()) {
                p = System.getenv("SEQUELIZE_DDL_CACHE");
            }
            if (p != null && !p.isBlank()) {
                return Path.of(p).toAbsolutePath();
            }
            String xdg = System.getenv("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                return Path.of(xdg, "sequelize-ddl");
            }
            String home = System.getProperty("user.home");
            return home == null || home.isBlank() ? null : Path.of(home, ".cache", "sequelize-ddl");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * @param path   the file's absolute path (for messages)
     * @param source its TypeScript text
     * @return CommonJS JavaScript for the shim's {@code require}
     */
    public String toCommonJs(String path, String source) throws CompileException {
        String key = key(source);
        Path cached = cacheDir == null ? null : cacheDir.resolve(key.substring(0, 2)).resolve(key + ".js");
        Path cachedLines = cached == null ? null : cached.resolveSibling(key + ".lines");
        if (cached != null) {
            try {
                String js = Files.readString(cached, StandardCharsets.UTF_8);
                SOURCE_LINES.put(path, SourceLines.parse(Files.readString(cachedLines, StandardCharsets.UTF_8)));
                return js;
            } catch (IOException | RuntimeException e) {
                // not cached yet
            }
        }
        String js = compile(path, source);
        if (cached != null) {
            try {
                Files.createDirectories(cached.getParent());
                write(cachedLines, SOURCE_LINES.get(path).serialize());
                write(cached, js);
            } catch (IOException | RuntimeException e) {
                // a read-only cache is no error
            }
        }
        return js;
    }

    /**
     * An ES module written in JavaScript ({@code .mjs}, {@code .js} under {@code "type": "module"}, or
     * import/export syntax in a {@code .js} file) → a CommonJS body for the shim's ES-module wrapper
     * (see {@link EsmToCommonJs#convertJavaScript}). Not transpiled: the user's text is only parsed and
     * kept character for character outside the import/export statements, so every line keeps its number.
     * Cached by content hash like TypeScript output.
     */
    public String javaScriptModuleToCommonJs(String path, String source) throws CompileException {
        String key = key("js", source);
        Path cached = cacheDir == null ? null : cacheDir.resolve(key.substring(0, 2)).resolve(key + ".js");
        if (cached != null) {
            try {
                return Files.readString(cached, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // not cached yet
            }
        }
        String js = EsmToCommonJs.convertJavaScript(source,
                parseModule(path, source, path.endsWith(".mjs") ? Swc4jMediaType.Mjs : Swc4jMediaType.JavaScript));
        if (cached != null) {
            try {
                Files.createDirectories(cached.getParent());
                write(cached, js);
            } catch (IOException | RuntimeException e) {
                // a read-only cache is no error
            }
        }
        return js;
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Error positions: the TypeScript lines of the file last transpiled under {@code path}, if any. */
    private static final java.util.Map<String, SourceLines> SOURCE_LINES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Where the transpiled {@code path} (as last handed out) maps back to its TypeScript source, or null. */
    public static SourceLines sourceLines(String path) {
        return SOURCE_LINES.get(path);
    }

    /** Transpiles without the cache. */
    synchronized String compile(String path, String source) throws CompileException {
        if (source.startsWith("#!")) {
            // `#!/usr/bin/env ts-node-script` (the TS provider's load.ts): a comment, the lines unchanged;
            // swc would keep it, and the CommonJS prologue in front of it would be a syntax error.
            source = "//" + source.substring(2);
        }
        URL specifier = specifier(path);
        Swc4jTranspileOptions options = new Swc4jTranspileOptions()
                .setSpecifier(specifier)
                .setMediaType(path.endsWith(".tsx") ? Swc4jMediaType.Tsx : Swc4jMediaType.TypeScript)
                .setParseMode(Swc4jParseMode.Module)
                .setDecorators(Swc4jDecoratorsTranspileOption.LegacyTypeScript(true))
                .setSourceMap(Swc4jSourceMapOption.Separate)
                .setKeepComments(false);
        String js;
        String mappings;
        try {
            String input = source;
            var output = QuietStderr.run(() -> swc().transpile(input, options));
            js = output.getCode();
            mappings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(output.getSourceMap()).path("mappings").asText("");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CompileException(path + ": cannot read swc's source map: " + e.getOriginalMessage(), e);
        } catch (Swc4jCoreException e) {
            throw syntaxError(path, e);
        }
        Swc4jAstModule module;
        try {
            var parsed = swc().parse(js, new Swc4jParseOptions()
                    .setSpecifier(specifier)
                    .setMediaType(Swc4jMediaType.JavaScript)
                    .setParseMode(Swc4jParseMode.Module)
                    .setCaptureAst(true));
            module = (Swc4jAstModule) parsed.getProgram();
        } catch (Swc4jCoreException | ClassCastException e) {
            throw new CompileException(path + ": cannot read swc's output: " + firstLine(e.getMessage()), e);
        }
        String commonJs = EsmToCommonJs.convert(js, module);
        int shift = Math.max(0, firstLineLength(commonJs) - firstLineLength(js));
        SOURCE_LINES.put(path, SourceLines.of(mappings, js, source, shift));
        return commonJs;
    }

    private static int firstLineLength(String s) {
        int newline = s.indexOf('\n');
        return newline < 0 ? s.length() : newline;
    }

    /** A top-level class declaration: 1-based first line (its decorators and modifiers included) and last line. */
    public record ClassSpan(String name, int line, int endLine) {
    }

    /**
     * The named top-level classes of a TypeScript file, in source order, with the lines ts-morph's
     * {@code getStartLineNumber()} / {@code getEndLineNumber()} give (the Node TS provider's
     * {@code -- atlas:pos} lines): from the first decorator or {@code export} keyword to the closing brace.
     */
    public synchronized java.util.List<ClassSpan> classSpans(String path, String source) throws CompileException {
        Swc4jAstModule module = parseModule(path, source, path.endsWith(".tsx") ? Swc4jMediaType.Tsx : Swc4jMediaType.TypeScript);
        CodePointOffsets offsets = new CodePointOffsets(source);
        int[] lineStarts = lineStarts(source);
        java.util.List<ClassSpan> spans = new java.util.ArrayList<>();
        for (var item : module.getBody()) {
            com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClass clazz = null;
            String name = null;
            if (item instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstClassDecl decl) {
                clazz = decl.getClazz();
                name = decl.getIdent().getSym();
            } else if (item instanceof com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl exp
                    && exp.getDecl() instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstClassDecl decl) {
                clazz = decl.getClazz();
                name = decl.getIdent().getSym();
            } else if (item instanceof com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultDecl exp
                    && exp.getDecl() instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstClassExpr expr
                    && expr.getIdent().isPresent()) {
                clazz = expr.getClazz();
                name = expr.getIdent().get().getSym();
            }
            if (clazz == null) {
                continue;
            }
            int start = item.getSpan().getStart();
            int end = item.getSpan().getEnd();
            for (var decorator : clazz.getDecorators()) {
                start = Math.min(start, decorator.getSpan().getStart());
            }
            start = Math.min(start, clazz.getSpan().getStart());
            end = Math.max(end, clazz.getSpan().getEnd());
            spans.add(new ClassSpan(name, lineOf(lineStarts, offsets.toChar(start)), lineOf(lineStarts, offsets.toChar(end))));
        }
        return spans;
    }

    /** {@code source} parsed as an ES module with its AST (swc's messages kept off the native stderr). */
    private synchronized Swc4jAstModule parseModule(String path, String source, Swc4jMediaType mediaType) throws CompileException {
        try {
            Swc4jParseOptions options = new Swc4jParseOptions()
                    .setSpecifier(specifier(path))
                    .setMediaType(mediaType)
                    .setParseMode(Swc4jParseMode.Module)
                    .setCaptureAst(true);
            return (Swc4jAstModule) QuietStderr.run(() -> swc().parse(source, options)).getProgram();
        } catch (Swc4jCoreException e) {
            throw syntaxError(path, e);
        } catch (ClassCastException e) {
            throw new CompileException(path + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static int[] lineStarts(String s) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of char index {@code at}. */
    private static int lineOf(int[] lineStarts, int at) {
        int i = java.util.Arrays.binarySearch(lineStarts, at);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private Swc4j swc() {
        if (swc == null) {
            swc = new Swc4j();
        }
        return swc;
    }

    private static URL specifier(String path) {
        try {
            return URI.create("file://" + path.replace(" ", "%20").replace("#", "%23").replace("?", "%3F")).toURL();
        } catch (IllegalArgumentException | java.net.MalformedURLException e) {
            try {
                return URI.create("file:///model.ts").toURL();
            } catch (java.net.MalformedURLException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static final java.util.regex.Pattern SWC_AT = java.util.regex.Pattern.compile("\\n\\s*at \\S+:(\\d+):(\\d+)\\s*$");

    /**
     * swc's "SyntaxError: Expression expected\n  |\n4 | …\n    at file:///m/Bad.ts:4:18" as
     * "/m/Bad.ts:4:18: Expression expected" (the shim throws it as a SyntaxError; Java names the file).
     */
    private static CompileException syntaxError(String path, Swc4jCoreException e) {
        String message = e.getMessage() == null ? "TypeScript syntax error" : e.getMessage();
        java.util.regex.Matcher at = SWC_AT.matcher(message);
        String where = at.find() ? ":" + at.group(1) + ":" + at.group(2) : "";
        String first = message.strip().lines().findFirst().orElse("").replaceFirst("^SyntaxError: ", "");
        return new CompileException(path + where + ": " + first, e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "TypeScript error";
        }
        return s.strip();
    }

    private static String key(String source) {
        return key("ts", source);
    }

    private static String key(String kind, String source) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("sequelize-ddl " + kind + " " + OUTPUT_VERSION + " swc4j " + SwcNative.VERSION + "\0").getBytes(StandardCharsets.UTF_8));
            md.update(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
