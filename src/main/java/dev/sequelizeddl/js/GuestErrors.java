package dev.sequelizeddl.js;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

import dev.sequelizeddl.cli.ExitCode;
import dev.sequelizeddl.cli.ToolException;

/**
 * Turns a {@link PolyglotException} from the guest into one {@code file:line:col: message} line
 * and an exit code. The location is the one in the user's file: the syntax error's own location,
 * else the first stack frame whose source is a model file (an absolute path), never {@code js-shim/…}.
 */
final class GuestErrors {
    /**
     * The CommonJS wrapper the shim puts on the first line of every user file (docs/ARCHITECTURE.md);
     * columns on line 1 are reported without it.
     */
    static final String CJS_WRAPPER = "(function (exports, require, module, __filename, __dirname) {";

    /** Errors the shim marks as "deliberately not supported" exit with 3 instead of 1. */
    static final String UNSUPPORTED_NAME = "UnsupportedError";
    static final String UNSUPPORTED_CODE = "SEQUELIZE_DDL_UNSUPPORTED";

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    /** An error message that starts with the file it is about: {@code "TypeError: /abs/a.js: …"}. */
    private static final Pattern NAMED_FILE = Pattern.compile("(\\w*Error: )?(/[^:]+\\.(?:[cm]?js|[cm]?tsx?))(:\\d+:\\d+)?: (.*)");

    private final DisplayPaths paths;
    private final Duration timeLimit;

    GuestErrors(DisplayPaths paths, Duration timeLimit) {
        this.paths = paths;
        this.timeLimit = timeLimit;
    }

    ToolException map(PolyglotException e) {
        return mapGuest(e, null);
    }

    /**
     * @param memoryLimitHit whether the memory watchdog cancelled the context
     * @param lastUserFile   the model file compiled last (absolute), named when no frame names one
     */
    ToolException map(PolyglotException e, boolean memoryLimitHit, long memoryLimitBytes, String lastUserFile) {
        boolean heapExhausted = e.isResourceExhausted() && e.getMessage() != null
                && (e.getMessage().contains("Java heap space") || e.getMessage().contains("OutOfMemoryError"));
        if ((e.isCancelled() || e.isResourceExhausted() || e.isInterrupted()) && memoryLimitHit || heapExhausted) {
            SourceSection where = userLocation(e);
            return ToolException.model(prefix(where, lastUserFile) + memoryMessage(memoryLimitBytes), e);
        }
        return mapGuest(e, lastUserFile);
    }

    /** The one line for the memory ceiling (watchdog or a Java OutOfMemoryError). */
    static String memoryMessage(long limitBytes) {
        return "the models used more memory than the limit of " + MemoryWatchdog.mib(limitBytes)
                + " (--max-memory; runaway allocation?)";
    }

    /** The line prefix for a file when no frame gives a location: the file itself, at 1:1. */
    String fileLocation(String absoluteFile) {
        return absoluteFile == null ? paths.root() + ": " : paths.display(absoluteFile) + ":1:1: ";
    }

    private String prefix(SourceSection where, String lastUserFile) {
        return where != null ? prefix(where) : fileLocation(lastUserFile);
    }

    private ToolException mapGuest(PolyglotException e, String lastUserFile) {
        if (e.isHostException()) {
            Throwable host = e.asHostException();
            if (host instanceof ToolException tool) {
                return tool;
            }
            return ToolException.internal("internal error in a host call: " + host, host);
        }
        if (e.isInternalError()) {
            return ToolException.internal("internal error in GraalJS: " + e.getMessage(), e);
        }
        SourceSection where = userLocation(e);
        if (e.isCancelled() || e.isResourceExhausted() || e.isInterrupted()) {
            String message = isCpuLimit(e)
                    ? "the models did not finish within the CPU time limit of " + seconds(timeLimit)
                            + " (--timeout; endless loop?)"
                    : oneLine(e.getMessage());
            return ToolException.model(prefix(where, lastUserFile) + message, e);
        }
        if (e.isSyntaxError()) {
            SourceSection at = e.getSourceLocation();
            Matcher named = NAMED_FILE.matcher(oneLine(e.getMessage()));
            if ((at == null || !isUserSource(at.getSource())) && named.matches()) {
                // A file that could not be compiled (swc's TypeScript syntax errors): "SyntaxError: /abs/a.ts:4:18: msg"
                return ToolException.model(paths.display(named.group(2)) + Objects.toString(named.group(3), ":1:1") + ": "
                        + Objects.toString(named.group(1), "SyntaxError: ") + named.group(4), e);
            }
            if (at != null && !isUserSource(at.getSource())) {
                return ToolException.internal("syntax error in the shim: " + location(at) + ": "
                        + oneLine(e.getMessage()), e);
            }
            return ToolException.model(prefix(at) + syntaxMessage(e, at), e);
        }
        String message = oneLine(e.getMessage());
        ExitCode code = isUnsupported(e) ? ExitCode.UNSUPPORTED : ExitCode.MODEL_ERROR;
        if (where == null) {
            Matcher m = NAMED_FILE.matcher(message);
            if (m.matches()) {
                // No model frame, but the shim named the file: "TypeError: /abs/a.js: msg" → "a.js:1:1: TypeError: msg"
                return new ToolException(code, paths.display(m.group(2)) + Objects.toString(m.group(3), ":1:1") + ": "
                        + Objects.toString(m.group(1), "") + m.group(4), e);
            }
            String thrown = thrownValue(e);
            if (thrown != null) {
                return new ToolException(code, fileLocation(lastUserFile) + thrown, e);
            }
        }
        return new ToolException(code, prefix(where) + paths.displayAll(message), e);
    }

    private SourceSection userLocation(PolyglotException e) {
        SourceSection own = e.getSourceLocation();
        if (own != null && isUserSource(own.getSource()) && own.getStartLine() > 0 && mapsToSource(own)) {
            return own;
        }
        SourceSection first = null;
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection at = frame.isGuestFrame() ? frame.getSourceLocation() : null;
            if (at != null && isUserSource(at.getSource())) {
                // A TypeScript frame in swc's helpers (_ts_decorate …) maps to no source line: the caller does.
                if (mapsToSource(at)) {
                    return at;
                }
                first = first == null ? at : first;
            }
        }
        if (first != null) {
            return first;
        }
        return own != null && isUserSource(own.getSource()) ? own : null;
    }

    /** The TypeScript lines of a transpiled user file, or null for JavaScript. */
    private static dev.sequelizeddl.ts.SourceLines typeScriptLines(Source source) {
        String name = source.getName();
        return name != null && name.matches(".*\\.[cm]?tsx?") ? dev.sequelizeddl.ts.TypeScriptCompiler.sourceLines(name) : null;
    }

    private static boolean mapsToSource(SourceSection at) {
        dev.sequelizeddl.ts.SourceLines lines = typeScriptLines(at.getSource());
        return lines == null || lines.original(Math.max(1, at.getStartLine()), Math.max(1, at.getStartColumn())) != null;
    }

    /** Model files are compiled under their absolute path; shim files under {@code js-shim/…}. */
    static boolean isUserSource(Source source) {
        return source != null && source.getName() != null && source.getName().startsWith("/");
    }

    private String prefix(SourceSection at) {
        if (at == null) {
            return paths.root() + ": ";
        }
        return location(at) + ": ";
    }

    private String location(SourceSection at) {
        String file = isUserSource(at.getSource()) ? paths.display(at.getSource().getName()) : at.getSource().getName();
        int line = Math.max(1, at.getStartLine());
        int column = Math.max(1, at.getStartColumn());
        if (line == 1) {
            column = Math.max(1, column - wrapperLength(at.getSource()));
        }
        dev.sequelizeddl.ts.SourceLines lines = isUserSource(at.getSource()) ? typeScriptLines(at.getSource()) : null;
        int[] original = lines == null ? null : lines.original(line, column);
        if (original != null) {
            // A transpiled TypeScript file: the position in the .ts source (swc's source map).
            line = original[0];
            column = original[1];
        }
        return file + ":" + line + ":" + column;
    }

    private static int wrapperLength(Source source) {
        if (!source.hasCharacters()) {
            return 0;
        }
        CharSequence text = source.getCharacters();
        // ES modules: the loader's wrapper and the converted module's prologue share line 1 up to its end marker.
        String first = text.subSequence(0, Math.min(text.length(), 8192)).toString();
        int newline = first.indexOf('\n');
        int end = first.indexOf(dev.sequelizeddl.ts.EsmToCommonJs.PROLOGUE_END);
        if (end >= 0 && (newline < 0 || end < newline)) {
            return end + dev.sequelizeddl.ts.EsmToCommonJs.PROLOGUE_END.length();
        }
        if (first.startsWith(CJS_WRAPPER)) {
            return CJS_WRAPPER.length();
        }
        return 0;
    }

    /** "SyntaxError: /abs/a.js:3:8 Expected ..." (plus the code excerpt) → "SyntaxError: Expected ...". */
    private static String syntaxMessage(PolyglotException e, SourceSection at) {
        String message = e.getMessage() == null ? "SyntaxError" : e.getMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        if (at != null) {
            String name = at.getSource().getName();
            message = message.replaceFirst(Pattern.quote(name) + ":\\d+:\\d+ ", "");
        }
        return oneLine(message);
    }

    /** "uncaught exception: <value>" when the guest threw something that is not an Error, else null. */
    private static String thrownValue(PolyglotException e) {
        Value thrown = e.getGuestObject();
        try {
            if (thrown == null || (thrown.hasMembers() && thrown.hasMember("stack"))) {
                return null;
            }
            String text = thrown.isString() ? thrown.asString() : thrown.toString();
            return "uncaught exception: " + oneLine(text.length() > 500 ? text.substring(0, 500) + "…" : text);
        } catch (RuntimeException ignored) {
            return null;
        }
    }

    private static boolean isUnsupported(PolyglotException e) {
        Value error = e.getGuestObject();
        if (error == null || !error.hasMembers()) {
            return false;
        }
        try {
            Value name = error.getMember("name");
            Value code = error.getMember("code");
            return (name != null && name.isString() && UNSUPPORTED_NAME.equals(name.asString()))
                    || (code != null && code.isString() && UNSUPPORTED_CODE.equals(code.asString()));
        } catch (RuntimeException ignored) {
            // A closed context or an exotic thrown value: not worth a different exit code.
            return false;
        }
    }

    /**
     * Nothing but the CPU-time limit cancels a context here. When the limit hits inside a nested
     * {@code __host.compile}, the message is only "Thread was interrupted." (cancelled and
     * resource-exhausted are still set), so the flags decide, not the text.
     */
    private static boolean isCpuLimit(PolyglotException e) {
        return e.isCancelled() || e.isInterrupted()
                || (e.isResourceExhausted() && e.getMessage() != null && e.getMessage().contains("CPU time"));
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "error";
        }
        return LINE_BREAKS.matcher(message.strip()).replaceAll(" ");
    }
}
