package dev.sequelizeddl.ddl.postgres;

import dev.sequelizeddl.ddl.UnsupportedFeatureException;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsDate;
import dev.sequelizeddl.schema.JsValue.JsNumber;
import dev.sequelizeddl.schema.JsValue.JsString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of moment.js Sequelize's date types use: {@code moment(value)} (local time zone for
 * strings without an offset, like Node under the same TZ) and the two formats
 * {@code "YYYY-MM-DD HH:mm:ss.SSS Z"} (after {@code utcOffset('+00:00')}) and {@code "YYYY-MM-DD"}.
 */
public final class Moment {
    private Moment() {}

    private static final DateTimeFormatter DATETIME_Z = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    // moment's ISO 8601 subset: date, optional T/space time (HH, HH:mm, HH:mm:ss, fractions), optional offset
    private static final Pattern ISO = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2})(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?\\s*$");

    /** The instant {@code moment(value)} stands for, or null when moment calls it invalid. */
    public static Instant parse(JsValue value) {
        if (value instanceof JsDate d) return d.epochMillis() == null ? null : Instant.ofEpochMilli(d.epochMillis());
        if (value instanceof JsNumber n) {
            return Double.isFinite(n.value()) ? Instant.ofEpochMilli((long) n.value()) : null;
        }
        if (value instanceof JsString s) {
            Matcher m = ISO.matcher(s.value());
            if (!m.matches()) {
                throw new UnsupportedFeatureException("date string '" + s.value() + "' is not in a format this port parses like moment.js (use ISO 8601)");
            }
            String frac = m.group(7) == null ? "0" : (m.group(7) + "000").substring(0, 3);
            LocalDateTime ldt;
            try {
                ldt = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        num(m.group(4)), num(m.group(5)), num(m.group(6)), Integer.parseInt(frac) * 1_000_000);
            } catch (java.time.DateTimeException e) {
                return null;
            }
            if (m.group(8) == null) return ldt.atZone(ZoneId.systemDefault()).toInstant();
            String off = m.group(8);
            ZoneOffset zo = off.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(off.length() == 3 ? off : off.replaceFirst("^([+-]\\d{2}):?(\\d{2})$", "$1:$2"));
            return ldt.atOffset(zo).toInstant();
        }
        return null;
    }

    private static int num(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    /** {@code moment(value).utcOffset('+00:00').format('YYYY-MM-DD HH:mm:ss.SSS Z')}. */
    public static String formatUtc(JsValue value) {
        Instant i = parse(value);
        if (i == null) return "Invalid date";
        OffsetDateTime t = i.atOffset(ZoneOffset.UTC);
        return DATETIME_Z.format(t) + " +00:00";
    }

    /** {@code moment(value).format('YYYY-MM-DD')} in the local time zone. */
    public static String formatDateOnly(JsValue value) {
        Instant i = parse(value);
        if (i == null) return "Invalid date";
        return DATE.format(LocalDate.ofInstant(i, ZoneId.systemDefault()));
    }
}
