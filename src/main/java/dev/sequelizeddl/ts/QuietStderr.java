package dev.sequelizeddl.ts;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;

/**
 * Runs a swc call with the process's native stderr (fd 2) pointed at /dev/null. swc4j 2.2.0 reports a
 * TypeScript syntax error by throwing a Java exception from Rust, and its JNI glue then panics
 * ("Couldn't call throw parse error: JavaException") after the exception is already pending: Java gets
 * the exception, but Rust's panic hook has printed a dozen lines straight to fd 2, past System.err. A
 * user must see one line. POSIX dup/dup2/open through the FFM API (final since Java 22; looked up
 * reflectively because the sources target Java 21, where it is a preview and this stays inactive).
 * Where it is missing the call runs as is. swc prints nothing else, and callers hold the compiler's
 * lock. The tool's own stderr writers go through {@link #guard}: a write of another thread (a warning of
 * another project in {@code regress}) waits until fd 2 points at stderr again instead of being lost.
 */
public final class QuietStderr {
    /** Held while fd 2 may point at /dev/null; every write through {@link #guard} takes it. */
    private static final java.util.concurrent.locks.ReentrantLock FD2 = new java.util.concurrent.locks.ReentrantLock();

    private static final int STDERR = 2;
    private static final int O_WRONLY = 1;
    private static final MethodHandle DUP;
    private static final MethodHandle DUP2;
    private static final MethodHandle OPEN;
    private static final MethodHandle CLOSE;
    private static final Method OF_CONFINED;
    private static final Method ALLOCATE_FROM;

    static {
        MethodHandle dup = null;
        MethodHandle dup2 = null;
        MethodHandle open = null;
        MethodHandle close = null;
        Method ofConfined = null;
        Method allocateFrom = null;
        try {
            if (Runtime.version().feature() >= 22) {
                Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
                Class<?> layoutClass = Class.forName("java.lang.foreign.ValueLayout");
                Class<?> memoryLayout = Class.forName("java.lang.foreign.MemoryLayout");
                Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
                Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
                Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
                Class<?> lookupClass = Class.forName("java.lang.foreign.SymbolLookup");
                Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
                Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
                Object libc = linkerClass.getMethod("defaultLookup").invoke(linker);
                Object jint = layoutClass.getField("JAVA_INT").get(null);
                Object address = layoutClass.getField("ADDRESS").get(null);
                Method of = descriptorClass.getMethod("of", memoryLayout, memoryLayout.arrayType());
                Method find = lookupClass.getMethod("find", String.class);
                Method downcall = linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass, optionClass.arrayType());
                Object noOptions = java.lang.reflect.Array.newInstance(optionClass, 0);
                Object variadic = java.lang.reflect.Array.newInstance(optionClass, 1);
                java.lang.reflect.Array.set(variadic, 0, optionClass.getMethod("firstVariadicArg", int.class).invoke(null, 2));
                java.util.function.BiFunction<String, Object[], MethodHandle> handle = (name, spec) -> {
                    try {
                        Object[] args = java.lang.reflect.Array.newInstance(memoryLayout, spec.length - 1) instanceof Object[] a ? a : null;
                        System.arraycopy(spec, 1, args, 0, spec.length - 1);
                        Object symbol = ((java.util.Optional<?>) find.invoke(libc, name)).orElseThrow();
                        Object descriptor = of.invoke(null, spec[0], args);
                        return (MethodHandle) downcall.invoke(linker, symbol, descriptor, name.equals("open") ? variadic : noOptions);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                };
                dup = handle.apply("dup", new Object[] {jint, jint});
                dup2 = handle.apply("dup2", new Object[] {jint, jint, jint});
                open = handle.apply("open", new Object[] {jint, address, jint});
                close = handle.apply("close", new Object[] {jint, jint});
                ofConfined = arenaClass.getMethod("ofConfined");
                allocateFrom = Class.forName("java.lang.foreign.SegmentAllocator").getMethod("allocateFrom", String.class);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            dup = null;
        }
        DUP = dup;
        DUP2 = dup2;
        OPEN = open;
        CLOSE = close;
        OF_CONFINED = ofConfined;
        ALLOCATE_FROM = allocateFrom;
    }

    private QuietStderr() {
    }

    /**
     * {@code stderr} (a stream writing to fd 2) with each write and flush taking the lock that
     * {@link #run} holds while fd 2 is pointed away: nothing written through it is lost to /dev/null.
     */
    public static java.io.OutputStream guard(java.io.OutputStream stderr) {
        return new java.io.FilterOutputStream(stderr) {
            @Override
            public void write(int b) throws java.io.IOException {
                FD2.lock();
                try {
                    out.write(b);
                } finally {
                    FD2.unlock();
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                FD2.lock();
                try {
                    out.write(b, off, len);
                } finally {
                    FD2.unlock();
                }
            }

            @Override
            public void flush() throws java.io.IOException {
                FD2.lock();
                try {
                    out.flush();
                } finally {
                    FD2.unlock();
                }
            }
        };
    }

    interface SwcCall<T> {
        T call() throws com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
    }

    static <T> T run(SwcCall<T> call) throws com.caoccao.javet.swc4j.exceptions.Swc4jCoreException {
        FD2.lock();
        try {
            return quietly(call);
        } finally {
            FD2.unlock();
        }
    }

    private static <T> T quietly(SwcCall<T> call) throws com.caoccao.javet.swc4j.exceptions.Swc4jCoreException {
        int saved = -1;
        if (DUP != null) {
            try (AutoCloseable arena = (AutoCloseable) OF_CONFINED.invoke(null)) {
                Object devNull = ALLOCATE_FROM.invoke(arena, "/dev/null");
                int quiet = (int) OPEN.invoke(devNull, O_WRONLY);
                if (quiet >= 0) {
                    saved = (int) DUP.invoke(STDERR);
                    if (saved >= 0 && (int) DUP2.invoke(quiet, STDERR) < 0) {
                        CLOSE.invoke(saved);
                        saved = -1;
                    }
                    CLOSE.invoke(quiet);
                }
            } catch (Throwable e) {
                saved = -1;
            }
        }
        try {
            return call.call();
        } finally {
            if (saved >= 0) {
                try {
                    DUP2.invoke(saved, STDERR);
                    CLOSE.invoke(saved);
                } catch (Throwable e) {
                    // stderr stays quiet: nothing better to do
                }
            }
        }
    }
}
