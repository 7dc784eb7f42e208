package dev.sequelizeddl.ts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QuietStderrTest {

    /**
     * While a swc call has fd 2 pointed at /dev/null, a write of another thread through the guarded stderr
     * waits for the call to end (and fd 2 to be restored) instead of going to /dev/null.
     */
    @Test
    void aWriteOfAnotherThreadWaitsUntilTheSwcCallHasEnded() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AtomicLong firstByteAt = new AtomicLong();
        OutputStream stderr = QuietStderr.guard(new OutputStream() {
            @Override
            public void write(int b) {
                firstByteAt.compareAndSet(0, System.nanoTime());
                sink.write(b);
            }
        });
        CountDownLatch inCall = new CountDownLatch(1);
        AtomicLong callEndedAt = new AtomicLong();
        Thread swc = new Thread(() -> {
            try {
                QuietStderr.run(() -> {
                    inCall.countDown();
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    callEndedAt.set(System.nanoTime());
                    return null;
                });
            } catch (com.caoccao.javet.swc4j.exceptions.Swc4jCoreException e) {
                throw new IllegalStateException(e);
            }
        });
        swc.start();
        assertTrue(inCall.await(10, TimeUnit.SECONDS));
        stderr.write("warning from another project\n".getBytes(StandardCharsets.UTF_8));
        stderr.flush();
        swc.join(10_000);
        assertTrue(callEndedAt.get() > 0, "the swc call ran");
        assertTrue(firstByteAt.get() > callEndedAt.get(), "the write happened while fd 2 was pointed at /dev/null");
        assertEquals("warning from another project\n", sink.toString(StandardCharsets.UTF_8));
    }
}
