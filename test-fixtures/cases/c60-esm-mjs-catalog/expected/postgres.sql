-- sequelize-ddl note: loads category.mjs, product.mjs as ES modules (the default export is the model function); the Node provider reads only *.js and require()s them
CREATE TABLE IF NOT EXISTS "catalog_categories" ("id"   SERIAL , "name" VARCHAR(80) NOT NULL UNIQUE, "slug" VARCHAR(80) NOT NULL, PRIMARY KEY ("id"));
CREATE TYPE "enum_catalog_products_status" AS ENUM('draft', 'published', 'archived');
CREATE TABLE IF NOT EXISTS "catalog_products" ("id"   SERIAL , "sku" VARCHAR(24) NOT NULL UNIQUE, "title" VARCHAR(255) NOT NULL, "status" "public"."enum_catalog_products_status" NOT NULL DEFAULT 'draft', "price" DECIMAL(10,2) NOT NULL DEFAULT 0, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "categoryId" INTEGER REFERENCES "catalog_categories" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id")); COMMENT ON TABLE "catalog_products" IS 'defined in models';
CREATE INDEX "catalog_products_status" ON "catalog_products" ("status");

