-- atlas:pos listings[type=table] $MODELS/Listing.ts:6-35

CREATE TABLE IF NOT EXISTS "listings" ("id"   SERIAL , "title" VARCHAR(255), "price" INTEGER, "rooms" INTEGER, "city" VARCHAR(60), "street" VARCHAR(120), "zip" VARCHAR(10), "code" VARCHAR(32), PRIMARY KEY ("id"));
CREATE INDEX "by_price_rooms" ON "listings" ("price", "rooms");

