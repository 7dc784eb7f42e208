package dev.sequelizeddl.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The shim's JavaScript files, read from the class path under {@code js-shim/} (the pom packages
 * the repository's {@code js-shim/} folder there, so tests and the jar see the same files).
 */
public final class ShimResources {
    public static final String PREFIX = "js-shim/";

    /** Relative names only: no leading slash, no {@code ..}, no backslashes. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_@][A-Za-z0-9_.@-]*(/[A-Za-z0-9_@][A-Za-z0-9_.@-]*)*");

    private static final ConcurrentHashMap<String, Optional<String>> CACHE = new ConcurrentHashMap<>();

    private ShimResources() {
    }

    /** The text of {@code js-shim/<name>}, or empty if there is no such shim file. */
    public static Optional<String> read(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(name, ShimResources::load);
    }

    private static Optional<String> load(String name) {
        ClassLoader loader = ShimResources.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(PREFIX + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shim resource " + PREFIX + name, e);
        }
    }
}
