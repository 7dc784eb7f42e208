package dev.sequelizeddl.ts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a position of a transpiled TypeScript file (the CommonJS the shim runs) comes from in the
 * TypeScript source, for error messages: swc's source map (its "mappings", decoded here), plus the
 * statements swc synthesises for decorators, which its map leaves out: {@code _ts_decorate([...],
 * Pet.prototype, "age", void 0)} points to the member's declaration, {@code Pet = _ts_decorate([...], Pet)}
 * to the class. The decorator helpers swc puts at the top map nowhere ({@code null}): the caller then
 * looks for the next frame. Lines are those of swc's output, which {@link EsmToCommonJs} keeps; its
 * prologue widens only the first line ({@code firstLineShift}).
 */
public final class SourceLines {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern MEMBER_DECORATE_END = Pattern.compile("^\\], (\\w+)(?:\\.prototype)?, \"([^\"]+)\", (?:void 0|null)\\);\\s*$");
    private static final Pattern LEADING_DECORATORS = Pattern.compile("\\s*(@[\\w.]+(\\([^()]*\\))?\\s*)+");
    private static final Pattern CLASS_DECORATE_END = Pattern.compile("^\\], (\\w+)\\);\\s*$");

    /** Per generated line (0-based): triples (generated column, original line, original column), all 0-based. */
    private final int[][] segments;
    private final int firstLineShift;

    private SourceLines(int[][] segments, int firstLineShift) {
        this.segments = segments;
        this.firstLineShift = firstLineShift;
    }

    /**
     * @param mappings       the source map's "mappings" of swc's output {@code code}
     * @param code           swc's output
     * @param source         the TypeScript source
     * @param firstLineShift characters the CommonJS rewrite added in front of the first line
     */
    static SourceLines of(String mappings, String code, String source, int firstLineShift) {
        String[] lines = code.split("\n", -1);
        int[][] segments = decode(mappings, lines.length);
        String[] sourceLines = source.split("\r?\n|\r", -1);
        // Synthesised decorator statements: every line of one gets the member's (or class's) position.
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("_ts_decorate([") || line.matches("^\\w+ = _ts_decorate\\(\\[.*")) {
                start = i;
            }
            if (start < 0) {
                continue;
            }
            Matcher member = MEMBER_DECORATE_END.matcher(line);
            Matcher clazz = CLASS_DECORATE_END.matcher(line);
            int[] at = member.matches() ? memberPosition(sourceLines, member.group(1), member.group(2))
                    : clazz.matches() ? classPosition(sourceLines, clazz.group(1)) : null;
            if (member.matches() || clazz.matches()) {
                for (int j = start; j <= i && at != null; j++) {
                    segments[j] = new int[] {0, at[0], at[1]};
                }
                start = -1;
            }
        }
        return new SourceLines(segments, firstLineShift);
    }

    /** The 1-based {line, column} in the TypeScript source, or null where the output maps nowhere. */
    public int[] original(int line, int column) {
        int l = line - 1;
        int c = column - 1 - (l == 0 ? firstLineShift : 0);
        if (l < 0 || l >= segments.length || segments[l].length == 0) {
            return null;
        }
        int[] s = segments[l];
        int best = 0;
        for (int i = 0; i < s.length; i += 3) {
            if (s[i] <= c) {
                best = i;
            }
        }
        return new int[] {s[best + 1] + 1, s[best + 2] + 1};
    }

    /** One line per generated line: "col:line:col,…" (the cache's form). */
    String serialize() {
        StringBuilder b = new StringBuilder().append(firstLineShift).append('\n');
        for (int[] s : segments) {
            for (int i = 0; i < s.length; i += 3) {
                b.append(i == 0 ? "" : ",").append(s[i]).append(':').append(s[i + 1]).append(':').append(s[i + 2]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    static SourceLines parse(String text) {
        String[] lines = text.split("\n", -1);
        int shift = Integer.parseInt(lines[0].strip());
        List<int[]> segments = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            if (lines[i].isEmpty()) {
                segments.add(new int[0]);
                continue;
            }
            String[] parts = lines[i].split("[,:]");
            segments.add(Arrays.stream(parts).mapToInt(Integer::parseInt).toArray());
        }
        return new SourceLines(segments.toArray(new int[0][]), shift);
    }

    /** Source map v3 "mappings" → per generated line the (column, original line, original column) triples. */
    private static int[][] decode(String mappings, int lineCount) {
        int[][] out = new int[Math.max(lineCount, 1)][];
        Arrays.fill(out, new int[0]);
        int origLine = 0;
        int origCol = 0;
        int line = 0;
        for (String group : mappings.split(";", -1)) {
            if (line >= out.length) {
                break;
            }
            List<Integer> triples = new ArrayList<>();
            int genCol = 0;
            for (String segment : group.split(",")) {
                if (segment.isEmpty()) {
                    continue;
                }
                int[] v = vlq(segment);
                genCol += v[0];
                if (v.length >= 4) {
                    origLine += v[2];
                    origCol += v[3];
                    triples.add(genCol);
                    triples.add(origLine);
                    triples.add(origCol);
                }
            }
            out[line++] = triples.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static int[] vlq(String segment) {
        List<Integer> values = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (char ch : segment.toCharArray()) {
            int digit = BASE64.indexOf(ch);
            if (digit < 0) {
                break;
            }
            value |= (digit & 31) << shift;
            if ((digit & 32) != 0) {
                shift += 5;
                continue;
            }
            values.add((value & 1) != 0 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 0-based {line, column} of member {@code name}'s declaration inside class {@code className}. */
    private static int[] memberPosition(String[] source, String className, String name) {
        int[] clazz = classPosition(source, className);
        Pattern declaration = Pattern.compile("^(\\s*(?:(?:static|readonly|declare|public|private|protected|override|abstract|async|get|set)\\s+)*)"
                + Pattern.quote(name) + "\\s*[?!]?\\s*[:;=(<]");
        for (int i = clazz == null ? 0 : clazz[0]; i < source.length; i++) {
            // One-line decorators in front of the member (`@Column age!: number;`) count as indentation.
            Matcher decorators = LEADING_DECORATORS.matcher(source[i]);
            String line = decorators.lookingAt() ? " ".repeat(decorators.end()) + source[i].substring(decorators.end()) : source[i];
            Matcher m = declaration.matcher(line);
            if (m.find()) {
                return new int[] {i, m.group(1).length()};
            }
        }
        return clazz;
    }

    /** 0-based {line, column} of {@code class Name}, or null. */
    private static int[] classPosition(String[] source, String className) {
        Pattern declaration = Pattern.compile("\\bclass\\s+" + Pattern.quote(className) + "\\b");
        for (int i = 0; i < source.length; i++) {
            Matcher m = declaration.matcher(source[i]);
            if (m.find()) {
                return new int[] {i, m.start()};
            }
        }
        return null;
    }
}
