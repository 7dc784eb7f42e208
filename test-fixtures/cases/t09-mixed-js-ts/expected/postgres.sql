-- sequelize-ddl note: loads the *.js factories, then the *.ts classes (sequelize-typescript) of one folder; each Node provider reads one kind
-- atlas:pos articles[type=table] $MODELS/Article.ts:3-7

CREATE TABLE IF NOT EXISTS "articles" ("id"   SERIAL , "headline" VARCHAR(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "tags" ("id"   SERIAL , "label" VARCHAR(30) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "articleId" INTEGER REFERENCES "articles" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));

