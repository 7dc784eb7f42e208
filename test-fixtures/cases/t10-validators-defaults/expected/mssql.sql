-- atlas:pos customers[type=table] $MODELS/Customer.ts:27-75
-- atlas:pos invoices[type=table] $MODELS/Invoice.ts:30-96

IF OBJECT_ID('[customers]', 'U') IS NULL CREATE TABLE [customers] ([id] CHAR(36) , [firstName] NVARCHAR(40) NULL, [lastName] NVARCHAR(60) NOT NULL, [email] NVARCHAR(255) NULL UNIQUE, [website] NVARCHAR(2048) NULL, [handle] NVARCHAR(30) NULL, [plan] NVARCHAR(10) DEFAULT N'free', [contactLine] NVARCHAR(255) NULL, [termsAccepted] NVARCHAR(3) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[invoices]', 'U') IS NULL CREATE TABLE [invoices] ([id] INTEGER NOT NULL IDENTITY(1,1) , [customerId] CHAR(36) NULL, [number] NVARCHAR(10) NULL, [quantity] INTEGER DEFAULT 1, [amount] DECIMAL(10,2) NULL, [taxRate] FLOAT NULL, [vatNumber] NVARCHAR(12) NULL, [cardNumber] NVARCHAR(19) NULL, [issuedAt] DATETIMEOFFSET NULL, [dueOn] DATE NULL, [clientIp] NVARCHAR(45) NULL, [gatewayIpv4] NVARCHAR(15) NULL, [gatewayIpv6] NVARCHAR(45) NULL, [tags] JSON NULL, [createdAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]), FOREIGN KEY ([customerId]) REFERENCES [customers] ([id]) ON DELETE NO ACTION);

