package dev.sequelizeddl.ddl.types;

import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsArray;
import dev.sequelizeddl.schema.JsValue.JsObject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wkx.Geometry.parseGeoJSON(value).toWkt()}, which GEOMETRY/GEOGRAPHY's {@code _stringify}
 * uses for default values: 2D and Z coordinates, numbers as JavaScript prints them.
 */
final class Wkt {
    private Wkt() {}

    static String fromGeoJson(JsValue value) {
        JsValue type = value instanceof JsObject o ? o.get("type") : JsValue.UNDEFINED;
        JsObject o = value instanceof JsObject obj ? obj : new JsObject();
        JsValue coords = o.get("coordinates");
        return switch (type.jsString()) {
            case "Point" -> {
                List<JsValue> c = list(coords);
                boolean z = c.size() > 2;
                yield c.isEmpty() ? "POINT EMPTY" : wktType("POINT", z, false) + "(" + coordinate(c, z) + ")";
            }
            case "LineString" -> points("LINESTRING", list(coords));
            case "MultiPoint" -> points("MULTIPOINT", list(coords));
            case "Polygon" -> {
                List<JsValue> rings = list(coords);
                boolean z = hasZ(rings.isEmpty() ? List.of() : list(rings.get(0)));
                yield rings.isEmpty() || list(rings.get(0)).isEmpty() ? wktType("POLYGON", z, true)
                        : wktType("POLYGON", z, false) + "(" + rings(rings, z) + ")";
            }
            case "MultiLineString" -> {
                List<JsValue> lines = list(coords);
                boolean z = !lines.isEmpty() && hasZ(list(lines.get(0)));
                if (lines.isEmpty()) yield wktType("MULTILINESTRING", false, true);
                yield wktType("MULTILINESTRING", z, false) + "(" + rings(lines, z) + ")";
            }
            case "MultiPolygon" -> {
                List<JsValue> polys = list(coords);
                if (polys.isEmpty()) yield wktType("MULTIPOLYGON", false, true);
                List<JsValue> firstRings = list(polys.get(0));
                boolean z = !firstRings.isEmpty() && hasZ(list(firstRings.get(0)));
                List<String> parts = new ArrayList<>();
                for (JsValue p : polys) parts.add("(" + rings(list(p), z) + ")");
                yield wktType("MULTIPOLYGON", z, false) + "(" + String.join(",", parts) + ")";
            }
            case "GeometryCollection" -> {
                List<JsValue> geometries = list(o.get("geometries"));
                if (geometries.isEmpty()) yield wktType("GEOMETRYCOLLECTION", false, true);
                List<String> parts = new ArrayList<>();
                for (JsValue g : geometries) parts.add(fromGeoJson(g));
                yield "GEOMETRYCOLLECTION(" + String.join(",", parts) + ")";
            }
            default -> throw new SequelizeError("GeometryType " + type.jsString() + " not supported");
        };
    }

    private static String points(String type, List<JsValue> points) {
        if (points.isEmpty()) return wktType(type, false, true);
        boolean z = hasZ(points);
        List<String> parts = new ArrayList<>();
        for (JsValue p : points) parts.add(coordinate(list(p), z));
        return wktType(type, z, false) + "(" + String.join(",", parts) + ")";
    }

    private static String rings(List<JsValue> rings, boolean z) {
        List<String> parts = new ArrayList<>();
        for (JsValue r : rings) {
            List<String> pts = new ArrayList<>();
            for (JsValue p : list(r)) pts.add(coordinate(list(p), z));
            parts.add("(" + String.join(",", pts) + ")");
        }
        return String.join(",", parts);
    }

    private static boolean hasZ(List<JsValue> points) {
        return !points.isEmpty() && list(points.get(0)).size() > 2;
    }

    /** wkx _getWktType. */
    private static String wktType(String type, boolean z, boolean empty) {
        String wkt = type + (z ? " Z " : "");
        if (empty && !z) wkt += " ";
        if (empty) wkt += "EMPTY";
        return wkt;
    }

    private static String coordinate(List<JsValue> c, boolean z) {
        String s = get(c, 0) + " " + get(c, 1);
        return z ? s + " " + get(c, 2) : s;
    }

    private static String get(List<JsValue> c, int i) {
        return i < c.size() ? c.get(i).jsString() : "undefined";
    }

    private static List<JsValue> list(JsValue v) {
        if (v instanceof JsArray a) return a.items();
        throw new SequelizeError("Cannot read properties of undefined (reading 'length')");
    }
}
