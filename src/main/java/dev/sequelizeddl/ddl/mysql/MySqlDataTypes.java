package dev.sequelizeddl.ddl.mysql;

import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.ddl.types.BaseTypes;
import dev.sequelizeddl.ddl.types.DataType;
import dev.sequelizeddl.ddl.types.DataTypes;
import dev.sequelizeddl.ddl.types.Moment;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** lib/dialects/mysql/data-types.js: the keys MySQL overrides (ENUM, DATE, DATEONLY, UUID, GEOMETRY, DECIMAL, JSON). */
public final class MySqlDataTypes {
    private MySqlDataTypes() {}

    public static final DataTypes TYPES = DataTypes.dialect(Map.of(
            "ENUM", new EnumType(),
            "DATE", new DateType(),
            "DATEONLY", new BaseTypes.DateOnlyType(),
            "UUID", new BaseTypes.FixedType("CHAR(36) BINARY"),
            "GEOMETRY", new GeometryType(Set.of("POINT", "LINESTRING", "POLYGON")),
            "DECIMAL", new DecimalType(),
            "JSON", new BaseTypes.JsonType()));

    /** DECIMAL with UNSIGNED / ZEROFILL appended. */
    public static class DecimalType extends BaseTypes.DecimalType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            String definition = super.toSql(t, ctx);
            if (field(t, "_unsigned").truthy()) definition += " UNSIGNED";
            if (field(t, "_zerofill").truthy()) definition += " ZEROFILL";
            return definition;
        }
    }

    /** DATETIME[(length)]; values without milliseconds unless a length is set (never on the prototype). */
    public static class DateType extends BaseTypes.DateType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            JsValue length = field(t, "_length");
            return length.truthy() ? "DATETIME(" + length.jsString() + ")" : "DATETIME";
        }

        @Override
        public JsValue stringify(JsType t, JsValue date, StringifyContext ctx) {
            String pattern = field(t, "_length").truthy() ? "YYYY-MM-DD HH:mm:ss.SSS" : "YYYY-MM-DD HH:mm:ss";
            return new JsString(Moment.format(applyTimezone(date), Moment.offset(ctx.timezone()), pattern));
        }
    }

    /** ENUM('a', 'b') with the generator's escape; toSql() without options crashes as in Sequelize. */
    public static class EnumType extends BaseTypes.EnumType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            if (ctx.escape() == null) throw new SequelizeError("Cannot read properties of undefined (reading 'escape')");
            JsValue values = t.get("values");
            if (!(values instanceof JsArray a)) throw new SequelizeError("Cannot read properties of undefined (reading 'map')");
            List<String> parts = new ArrayList<>();
            for (JsValue v : a.items()) parts.add(ctx.escape().apply(v));
            return "ENUM(" + String.join(", ", parts) + ")";
        }
    }

    /**
     * GEOMETRY: the subtype as SQL type (sqlType, set by the constructor); MySQL's constructor
     * rejects subtypes outside {@code supported} (null: any subtype, MariaDB).
     */
    public static class GeometryType extends BaseTypes.GeometryType {
        private final Set<String> supported;

        public GeometryType(Set<String> supported) {
            this.supported = supported;
        }

        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            JsValue sqlType = t.get("sqlType");
            if (!sqlType.isUndefined()) return sqlType.jsString();
            JsValue type = t.get("type");
            if (isEmpty(type)) return t.key();
            if (supported == null || (type instanceof JsString s && supported.contains(s.value()))) return type.jsString();
            throw new SequelizeError("Supported geometry types are: POINT, LINESTRING, POLYGON");
        }

        /** lodash isEmpty for the values a geometry subtype can hold. */
        private static boolean isEmpty(JsValue v) {
            return switch (v) {
                case JsString s -> s.value().isEmpty();
                case JsArray a -> a.size() == 0;
                case JsObject o -> o.members().isEmpty();
                default -> true;
            };
        }
    }
}
