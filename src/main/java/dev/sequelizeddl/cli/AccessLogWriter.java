package dev.sequelizeddl.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import dev.sequelizeddl.js.RootedFiles;

/**
 * {@code --access-log FILE}: one line per file request of the model code,
 * {@code <granted|missing|denied> <stat|read|list> <absolute path>}, in request order.
 */
final class AccessLogWriter implements Consumer<RootedFiles.Access>, AutoCloseable {
    private final Path file;
    private final BufferedWriter out;
    private IOException failure;

    private AccessLogWriter(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    static AccessLogWriter open(Path file) {
        try {
            return new AccessLogWriter(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            throw ToolException.usage("cannot write --access-log " + file + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void accept(RootedFiles.Access access) {
        if (failure != null) {
            return;
        }
        try {
            // A path with a line break stays on its line.
            String path = access.path().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
            out.write(access.outcome().name().toLowerCase(Locale.ROOT) + " " + access.op() + " " + path + "\n");
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Flushes; a write error becomes a usage error after the load (whose own error wins). */
    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            throw ToolException.usage("cannot write --access-log " + file + ": " + failure.getMessage());
        }
    }
}
