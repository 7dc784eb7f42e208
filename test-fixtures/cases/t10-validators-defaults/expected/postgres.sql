-- atlas:pos customers[type=table] $MODELS/Customer.ts:27-75
-- atlas:pos invoices[type=table] $MODELS/Invoice.ts:30-96

CREATE TABLE IF NOT EXISTS "customers" ("id" UUID , "firstName" VARCHAR(40), "lastName" VARCHAR(60) NOT NULL, "email" VARCHAR(255) UNIQUE, "website" VARCHAR(2048), "handle" VARCHAR(30), "plan" VARCHAR(10) DEFAULT 'free', "contactLine" VARCHAR(255), "termsAccepted" VARCHAR(3), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "invoices" ("id"   SERIAL , "customerId" UUID REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE CASCADE, "number" VARCHAR(10), "quantity" INTEGER DEFAULT 1, "amount" DECIMAL(10,2), "taxRate" FLOAT, "vatNumber" VARCHAR(12), "cardNumber" VARCHAR(19), "issuedAt" TIMESTAMP WITH TIME ZONE, "dueOn" DATE, "clientIp" VARCHAR(45), "gatewayIpv4" VARCHAR(15), "gatewayIpv6" VARCHAR(45), "tags" JSON, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));

