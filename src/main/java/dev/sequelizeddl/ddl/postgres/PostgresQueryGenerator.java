package dev.sequelizeddl.ddl.postgres;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.QueryGenerator;
import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.TableRef;
import java.util.LinkedHashMap;
import java.util.List;

/** Work in progress. */
public class PostgresQueryGenerator extends QueryGenerator {
    @Override public Dialect dialect() { return Dialect.POSTGRES; }
    @Override public String quoteIdentifier(String identifier) { throw new UnsupportedOperationException(); }
    @Override public String quoteTable(TableRef table) { throw new UnsupportedOperationException(); }
    @Override public LinkedHashMap<String, String> attributesToSQL(Model model, List<Attribute> attributes, JsObject options, boolean withoutForeignKeyConstraints) { throw new UnsupportedOperationException("POSTGRES not yet implemented"); }
    @Override public String createTableQuery(TableRef table, LinkedHashMap<String, String> attributes, JsObject options) { throw new UnsupportedOperationException(); }
    @Override public String addIndexQuery(TableRef table, JsObject index) { throw new UnsupportedOperationException(); }
    @Override public String changeColumnQuery(Model model, Attribute attribute) { throw new UnsupportedOperationException(); }
    @Override public String escape(JsValue value) { throw new UnsupportedOperationException(); }
}
