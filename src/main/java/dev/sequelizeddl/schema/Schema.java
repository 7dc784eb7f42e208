package dev.sequelizeddl.schema;

import java.util.List;

/** Every model of one load, in Sequelize's definition order (modelManager.models). */
public record Schema(String dialect, List<Model> models) {
    public Schema {
        models = List.copyOf(models);
    }
}
