package dev.sequelizeddl.schema;

import java.math.BigDecimal;

/** Number → string exactly as JavaScript's Number.prototype.toString() (radix 10). */
public final class JsNumbers {
    private JsNumbers() {}

    public static String toJsString(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == 0) return "0";
        // Double.toString gives the shortest round-tripping digits (JDK 19+); reformat to JS rules.
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int k = digits.length();
        int n = k - d.scale(); // decimal point position: value = 0.digits * 10^n
        StringBuilder sb = new StringBuilder();
        if (v < 0) sb.append('-');
        if (k <= n && n <= 21) {
            sb.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) sb.append('.').append(digits, 1, k);
            sb.append('e').append(e >= 0 ? "+" : "-").append(Math.abs(e));
        }
        return sb.toString();
    }
}
