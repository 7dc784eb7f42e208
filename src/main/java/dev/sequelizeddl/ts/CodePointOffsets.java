package dev.sequelizeddl.ts;

/**
 * swc4j's spans count Unicode code points; Java strings count UTF-16 units (they differ after any
 * character outside the Basic Multilingual Plane, e.g. an emoji in a comment).
 */
final class CodePointOffsets {
    private final int[] charIndex;

    CodePointOffsets(String text) {
        int points = text.codePointCount(0, text.length());
        charIndex = new int[points + 1];
        int p = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            charIndex[p++] = i;
        }
        charIndex[points] = text.length();
    }

    /** The UTF-16 index of code-point offset {@code offset}. */
    int toChar(int offset) {
        if (offset <= 0) {
            return 0;
        }
        return charIndex[Math.min(offset, charIndex.length - 1)];
    }
}
