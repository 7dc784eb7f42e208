package dev.sequelizeddl.ddl.mariadb;

import dev.sequelizeddl.ddl.mysql.MySqlDataTypes;
import dev.sequelizeddl.ddl.types.BaseTypes;
import dev.sequelizeddl.ddl.types.DataTypes;
import dev.sequelizeddl.ddl.types.Moment;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsString;
import dev.sequelizeddl.schema.JsValue.JsType;
import java.util.Map;

/**
 * lib/dialects/mariadb/data-types.js: the same keys as MySQL; DATE values always carry
 * milliseconds and GEOMETRY accepts any subtype.
 */
public final class MariaDbDataTypes {
    private MariaDbDataTypes() {}

    public static final DataTypes TYPES = DataTypes.dialect(Map.of(
            "ENUM", new MySqlDataTypes.EnumType(),
            "DATE", new DateType(),
            "DATEONLY", new BaseTypes.DateOnlyType(),
            "UUID", new BaseTypes.FixedType("CHAR(36) BINARY"),
            "GEOMETRY", new MySqlDataTypes.GeometryType(null),
            "DECIMAL", new MySqlDataTypes.DecimalType(),
            "JSON", new BaseTypes.JsonType()));

    public static class DateType extends MySqlDataTypes.DateType {
        @Override
        public JsValue stringify(JsType t, JsValue date, StringifyContext ctx) {
            return new JsString(Moment.format(applyTimezone(date), Moment.offset(ctx.timezone()), "YYYY-MM-DD HH:mm:ss.SSS"));
        }
    }
}
