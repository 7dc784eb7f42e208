package dev.sequelizeddl.regress;

import java.util.ArrayList;
import java.util.List;

/** A unified diff (3 lines of context, {@code diff -u} style hunks) of two texts, line by line. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Above this many lines a side the LCS table would be too big: the diff is one hunk. */
    private static final int MAX_LCS_CELLS = 25_000_000;

    private UnifiedDiff() {}

    /** {@code ""} when the texts are equal. */
    public static String diff(String expectedName, String expected, String actualName, String actual) {
        if (expected.equals(actual)) return "";
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        List<Edit> edits = edits(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedName).append('\n');
        out.append("+++ ").append(actualName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            // find next change
            int start = i;
            while (start < edits.size() && edits.get(start).op == ' ') start++;
            if (start == edits.size()) break;
            int from = Math.max(i == 0 ? 0 : i, start - CONTEXT);
            int end = start;
            int lastChange = start;
            while (end < edits.size()) {
                if (edits.get(end).op != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            int to = Math.min(edits.size(), lastChange + CONTEXT + 1);
            int aStart = edits.get(from).aLine;
            int bStart = edits.get(from).bLine;
            int aCount = 0;
            int bCount = 0;
            StringBuilder body = new StringBuilder();
            for (int k = from; k < to; k++) {
                Edit e = edits.get(k);
                if (e.op != '+') aCount++;
                if (e.op != '-') bCount++;
                body.append(e.op).append(e.text).append('\n');
            }
            out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
            out.append(body);
            i = to;
        }
        return out.toString();
    }

    private static String range(int start, int count) {
        // diff -u: an empty range names the line before it
        int first = count == 0 ? start : start + 1;
        return count == 1 ? Integer.toString(first) : first + "," + count;
    }

    private record Edit(char op, String text, int aLine, int bLine) {}

    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) suffix++;
        List<String> am = a.subList(prefix, a.size() - suffix);
        List<String> bm = b.subList(prefix, b.size() - suffix);
        List<Edit> edits = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (int k = 0; k < prefix; k++) edits.add(new Edit(' ', a.get(k), ai++, bi++));
        int n = am.size();
        int m = bm.size();
        if ((long) (n + 1) * (m + 1) > MAX_LCS_CELLS) {
            for (String s : am) edits.add(new Edit('-', s, ai++, bi));
            for (String s : bm) edits.add(new Edit('+', s, ai, bi++));
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = am.get(x).equals(bm.get(y)) ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && am.get(x).equals(bm.get(y))) {
                    edits.add(new Edit(' ', am.get(x++), ai++, bi++));
                    y++;
                } else if (y < m && (x == n || lcs[x][y + 1] > lcs[x + 1][y])) {
                    edits.add(new Edit('+', bm.get(y++), ai, bi++));
                } else {
                    edits.add(new Edit('-', am.get(x++), ai++, bi));
                }
            }
        }
        for (int k = a.size() - suffix; k < a.size(); k++) edits.add(new Edit(' ', a.get(k), ai++, bi++));
        return edits;
    }

    /** Lines without terminators; a missing final newline is shown like diff does. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(text.substring(start));
                lines.add("\\ No newline at end of file");
                break;
            }
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        return lines;
    }
}
