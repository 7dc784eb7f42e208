package dev.sequelizeddl.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.diff("a", "x\ny\n", "b", "x\ny\n"));
    }

    @Test
    void hunksLikeDiffU() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 20; i++) a.append("line").append(i).append('\n');
        String b = a.toString().replace("line3\n", "line3x\n").replace("line18\n", "");
        assertEquals("""
                --- a
                +++ b
                @@ -1,6 +1,6 @@
                 line1
                 line2
                -line3
                +line3x
                 line4
                 line5
                 line6
                @@ -15,6 +15,5 @@
                 line15
                 line16
                 line17
                -line18
                 line19
                 line20
                """, UnifiedDiff.diff("a", a.toString(), "b", b));
    }

    @Test
    void emptySides() {
        assertEquals("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", UnifiedDiff.diff("a", "", "b", "x\ny\n"));
        assertEquals("--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n", UnifiedDiff.diff("a", "x\n", "b", ""));
    }
}
