package dev.sequelizeddl.ddl.types;

import dev.sequelizeddl.ddl.UnsupportedFeatureException;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few moment.js operations Sequelize's DATE/DATEONLY stringifiers use: {@code moment(value)}
 * (local time zone of the process, like Node's TZ), {@code utcOffset("+00:00")} and
 * {@code format(...)}. An invalid moment formats as {@code Invalid date}, as in moment.
 */
public final class Moment {
    public static final String INVALID = "Invalid date";

    private Moment() {}

    /** {@code moment(value)} as epoch milliseconds, or null when moment would be invalid. */
    public static Long parse(JsValue value) {
        return switch (value) {
            case JsDate d -> d.epochMillis();
            case JsNumber n -> Double.isFinite(n.value()) && Math.abs(n.value()) <= 8.64e15 ? (long) n.value() : null; // TimeClip
            case JsString s -> parseIso(s.value());
            case JsNull n -> null;
            default -> throw new UnsupportedFeatureException("moment(" + value.jsString() + ") is not supported");
        };
    }

    // moment's extended ISO 8601 form (the basic and week forms are not ported).
    private static final Pattern ISO = Pattern.compile(
            "^\\s*([+-]\\d{6}|\\d{4})-(\\d\\d)(?:-(\\d\\d))?"
            + "(?:[T ](\\d\\d)(?::(\\d\\d)(?::(\\d\\d)(?:[.,](\\d+))?)?)?(\\s*Z|[+-]\\d\\d(?::?\\d\\d)?)?)?$");

    static Long parseIso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            throw new UnsupportedFeatureException("date string '" + s + "' is not ISO 8601; moment would fall back to new Date()");
        }
        try {
            int year = Integer.parseInt(m.group(1).replace("+", ""));
            int month = Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            int millis = 0;
            if (m.group(7) != null) {
                String f = (m.group(7) + "000").substring(0, 3);
                millis = Integer.parseInt(f);
            }
            if (hour == 24 && minute == 0 && second == 0 && millis == 0) {
                // moment accepts 24:00 as the end of the day
                LocalDateTime ldt = LocalDateTime.of(year, month, day, 0, 0).plusDays(1);
                return toEpoch(ldt, m.group(8));
            }
            LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
            return toEpoch(ldt, m.group(8));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static long toEpoch(LocalDateTime ldt, String offset) {
        if (offset == null) {
            return ZonedDateTime.of(ldt, ZoneId.systemDefault()).toInstant().toEpochMilli();
        }
        String o = offset.trim();
        ZoneOffset zo;
        if (o.equals("Z")) {
            zo = ZoneOffset.UTC;
        } else {
            String digits = o.substring(1).replace(":", "");
            int h = Integer.parseInt(digits.substring(0, 2));
            int mi = digits.length() > 2 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            int total = h * 60 + mi;
            zo = ZoneOffset.ofTotalSeconds((o.charAt(0) == '-' ? -total : total) * 60);
        }
        return ldt.toInstant(zo).toEpochMilli();
    }

    /** An offset such as Sequelize's default timezone option {@code +00:00}. */
    public static ZoneId offset(String timezone) {
        try {
            return ZoneOffset.of(timezone);
        } catch (DateTimeException e) {
            throw new UnsupportedFeatureException("timezone '" + timezone + "' is not supported");
        }
    }

    /**
     * {@code moment.format(pattern)} for the patterns Sequelize uses (YYYY MM DD HH mm ss SSS Z);
     * {@code zone} null means the process's local time zone.
     */
    public static String format(Long epochMillis, ZoneId zone, String pattern) {
        if (epochMillis == null) return INVALID;
        OffsetDateTime t = OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis),
                zone == null ? ZoneId.systemDefault() : zone);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            if (pattern.startsWith("YYYY", i)) {
                int y = t.getYear();
                sb.append(y < 0 ? "-" + pad(-y, 6) : (y > 9999 ? "+" + pad(y, 6) : pad(y, 4)));
                i += 4;
            } else if (pattern.startsWith("MM", i)) {
                sb.append(pad(t.getMonthValue(), 2));
                i += 2;
            } else if (pattern.startsWith("DD", i)) {
                sb.append(pad(t.getDayOfMonth(), 2));
                i += 2;
            } else if (pattern.startsWith("HH", i)) {
                sb.append(pad(t.getHour(), 2));
                i += 2;
            } else if (pattern.startsWith("mm", i)) {
                sb.append(pad(t.getMinute(), 2));
                i += 2;
            } else if (pattern.startsWith("ss", i)) {
                sb.append(pad(t.getSecond(), 2));
                i += 2;
            } else if (pattern.startsWith("SSS", i)) {
                sb.append(pad(t.getNano() / 1_000_000, 3));
                i += 3;
            } else if (pattern.charAt(i) == 'Z') {
                int secs = t.getOffset().getTotalSeconds();
                int mins = Math.abs(secs) / 60;
                sb.append(secs < 0 ? '-' : '+').append(pad(mins / 60, 2)).append(':').append(pad(mins % 60, 2));
                i += 1;
            } else {
                sb.append(pattern.charAt(i));
                i += 1;
            }
        }
        return sb.toString();
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
