package dev.sequelizeddl.ts;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.caoccao.javet.swc4j.Swc4jLibLoader;
import com.caoccao.javet.swc4j.interfaces.ISwc4jLibLoadingListener;

/**
 * Makes swc4j load its native library from one fixed folder ({@code <cache>/swc4j/<version>/}) instead of
 * unpacking 20 MB into {@code ${java.io.tmpdir}/swc4j/<pid>/} on every run. The file is copied there once
 * (to a temporary name, then moved into place, so concurrent runs never see half a library).
 */
final class SwcNative {
    static final String VERSION = "2.2.0";

    private static boolean configured;

    private SwcNative() {
    }

    /** Call before the first {@code new Swc4j()}; later calls do nothing. */
    static synchronized void configure(Path cacheRoot) {
        if (configured) {
            return;
        }
        configured = true;
        String name = libraryName();
        if (name == null || cacheRoot == null) {
            return; // swc4j's own loader reports the unsupported platform
        }
        Path dir = cacheRoot.resolve("swc4j").resolve(VERSION);
        Path lib = dir.resolve(name);
        try {
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = Swc4jLibLoader.class.getResourceAsStream("/" + name)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(dir);
                    Path tmp = Files.createTempFile(dir, name, ".part");
                    try {
                        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                        try {
                            Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE);
                        } catch (AtomicMoveNotSupportedException e) {
                            Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING);
                        }
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // not writable: swc4j unpacks into the temp folder as usual
        }
        File libDir = dir.toFile();
        Swc4jLibLoader.setLibLoadingListener(new ISwc4jLibLoadingListener() {
            @Override
            public File getLibPath() {
                return libDir;
            }

            @Override
            public boolean isDeploy() {
                return false;
            }
        });
    }

    /** {@code libswc4j-<os>-<arch>.v.<version>.<ext>} as packaged in the swc4j-<os>-<arch> jars. */
    static String libraryName() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(java.util.Locale.ROOT);
        String a = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> null;
        };
        if (a == null) {
            return null;
        }
        if (os.contains("linux")) {
            return "libswc4j-linux-" + a + ".v." + VERSION + ".so";
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return "libswc4j-macos-" + a + ".v." + VERSION + ".dylib";
        }
        if (os.contains("windows")) {
            return "libswc4j-windows-" + a + ".v." + VERSION + ".dll";
        }
        return null;
    }
}
