-- sequelize-ddl note: the Node provider prints 8 log line(s) on stdout before the DDL; sequelize-ddl writes them to stderr:
-- sequelize-ddl note:   Not overriding built-in method from model attribute: toJSON
-- sequelize-ddl note:   Not overriding built-in method from model attribute: save
-- sequelize-ddl note:   Not overriding built-in method from model attribute: update
-- sequelize-ddl note:   Not overriding built-in method from model attribute: get
-- sequelize-ddl note:   Not overriding built-in method from model attribute: get
-- sequelize-ddl note:   Not overriding built-in method from model attribute: toJSON
-- sequelize-ddl note:   Not overriding built-in method from model attribute: save
-- sequelize-ddl note:   Not overriding built-in method from model attribute: update
CREATE TABLE IF NOT EXISTS "Widgets" ("id"   SERIAL , "save" VARCHAR(255), "update" BOOLEAN, "label" VARCHAR(255), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "Parts" ("id"   SERIAL , "get" VARCHAR(255), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "WidgetId" INTEGER REFERENCES "Widgets" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));

