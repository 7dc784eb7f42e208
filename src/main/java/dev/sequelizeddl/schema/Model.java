package dev.sequelizeddl.schema;

import dev.sequelizeddl.schema.JsValue.JsArray;
import dev.sequelizeddl.schema.JsValue.JsObject;
import java.util.List;

/**
 * A model after definition: {@code options} holds the DDL-relevant subset of
 * {@code model.options} (indexes already named), {@code uniqueKeys} Sequelize's internal map
 * built from {@code unique:} attributes.
 */
public record Model(
        String name,
        String tableName,
        TableRef table,
        List<String> primaryKeyAttributes,
        List<Attribute> attributes,
        JsObject options,
        JsObject uniqueKeys,
        Source source) {

    public Model {
        primaryKeyAttributes = List.copyOf(primaryKeyAttributes);
        attributes = List.copyOf(attributes);
    }

    /** {@code model.options.indexes}, or an empty array. */
    public JsArray indexes() {
        return options.get("indexes") instanceof JsArray a ? a : new JsArray(List.of());
    }

    public Attribute attribute(String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) return a;
        }
        return null;
    }
}
