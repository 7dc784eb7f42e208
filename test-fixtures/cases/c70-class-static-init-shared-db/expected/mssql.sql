-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
IF OBJECT_ID('[customers]', 'U') IS NULL CREATE TABLE [customers] ([id] INTEGER NOT NULL IDENTITY(1,1) , [email] NVARCHAR(160) NOT NULL UNIQUE, [full_name] NVARCHAR(120) NOT NULL, [loyalty_points] INTEGER NOT NULL DEFAULT 0, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[orders]', 'U') IS NULL CREATE TABLE [orders] ([id] INTEGER NOT NULL IDENTITY(1,1) , [reference] NVARCHAR(24) NOT NULL, [total_cents] INTEGER NOT NULL, [status] VARCHAR(255) CHECK ([status] IN(N'new', N'paid', N'shipped')), [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, [customer_id] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([customer_id]) REFERENCES [customers] ([id]) ON DELETE SET NULL);
CREATE UNIQUE INDEX [orders_reference] ON [orders] ([reference]);

