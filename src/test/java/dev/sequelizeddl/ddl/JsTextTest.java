package dev.sequelizeddl.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JavaScript built-ins the generators rely on; every expectation was printed by Node 20. */
class JsTextTest {

    @Test
    void jsonStringifyQuotesLikeJavaScript() {
        assertEquals("\"a\\\"b\\\\c\"", JsText.jsonStringify(new JsString("a\"b\\c")));
        assertEquals("\"\\u0001\\u001f\u007f\"", JsText.jsonStringify(new JsString("\u0001\u001f\u007f")));
        assertEquals("\"\\ud800x\"", JsText.jsonStringify(new JsString("\ud800x")));
        assertEquals("\"x\\udc00\"", JsText.jsonStringify(new JsString("x\udc00")));
        assertEquals("\"\ud83d\ude00\"", JsText.jsonStringify(new JsString("\ud83d\ude00")));
        assertEquals("\"\u2028\u2029\"", JsText.jsonStringify(new JsString("\u2028\u2029")));
    }

    @Test
    void jsonStringifySkipsWhatJavaScriptSkips() {
        JsObject o = new JsObject();
        o.put("f", new JsFunction("f"));
        o.put("n", new JsNumber(Double.NaN));
        o.put("$op:gt", new JsNumber(1));
        o.put("a", new JsArray(List.of(JsValue.UNDEFINED, new JsFunction("g"), new JsDate(0L))));
        assertEquals("{\"n\":null,\"a\":[null,null,\"1970-01-01T00:00:00.000Z\"]}", JsText.jsonStringify(o));
        assertEquals(null, JsText.jsonStringify(JsValue.UNDEFINED));
    }

    @Test
    void toNumberFollowsStringToNumber() {
        Map<String, String> cases = Map.ofEntries(Map.entry("", "0"), Map.entry(" 12 ", "12"), Map.entry("0x1F", "31"),
                Map.entry("0b101", "5"), Map.entry("0o17", "15"), Map.entry("1e3", "1000"), Map.entry(".5", "0.5"),
                Map.entry("5.", "5"), Map.entry("+5", "5"), Map.entry("-0", "0"), Map.entry("Infinity", "Infinity"),
                Map.entry("-Infinity", "-Infinity"), Map.entry("infinity", "NaN"), Map.entry("1_000", "NaN"),
                Map.entry("12px", "NaN"), Map.entry("\u00a012\u2028", "12"), Map.entry("0x", "NaN"),
                Map.entry("1e", "NaN"), Map.entry("--1", "NaN"));
        cases.forEach((in, out) -> assertEquals(out, new JsNumber(JsText.stringToNumber(in)).jsString(), in));
    }

    @Test
    void trimUsesJavaScriptWhiteSpace() {
        assertEquals("x", JsText.trim(" \u00a0\ufeffx\u2028\t"));
    }

    @Test
    void inspectQuotesAndDepthLikeNode() {
        assertEquals("\"it's\"", JsText.inspect(new JsString("it's")));
        assertEquals("`a\"b'c`", JsText.inspect(new JsString("a\"b'c")));
        assertEquals("'x\"y\\'z`w'", JsText.inspect(new JsString("x\"y'z`w")));
        assertEquals("'tab\\tnl\\n'", JsText.inspect(new JsString("tab\tnl\n")));
        JsArray nested = new JsArray(List.of(new JsNumber(1), new JsArray(List.of(new JsNumber(2),
                new JsArray(List.of(new JsNumber(3)))))));
        assertEquals("[ 1, [ 2, [Array] ] ]", JsText.inspect(nested));
        JsObject c = new JsObject();
        c.put("c", new JsNumber(1));
        JsObject b = new JsObject();
        b.put("b", c);
        JsObject a = new JsObject();
        a.put("a", b);
        assertEquals("{ a: { b: [Object] } }", JsText.inspect(a));
        JsObject keys = new JsObject();
        keys.put("a-b", new JsNumber(1));
        keys.put("a_b", new JsNumber(2));
        keys.put("1a", new JsNumber(3));
        assertEquals("{ 'a-b': 1, a_b: 2, '1a': 3 }", JsText.inspect(keys));
        assertEquals("-0", JsText.inspect(new JsNumber(-0.0)));
        assertEquals("10n", JsText.inspect(new JsBigInt("10")));
    }
}
