-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
IF OBJECT_ID('[address]', 'U') IS NULL CREATE TABLE [address] ([address_id] INTEGER NOT NULL IDENTITY(1,1) , [line1] NVARCHAR(120) NOT NULL, [city] NVARCHAR(60) NOT NULL, [postal_code] NVARCHAR(10) NULL, PRIMARY KEY ([address_id]));
IF OBJECT_ID('[staff]', 'U') IS NULL CREATE TABLE [staff] ([staff_id] INTEGER NOT NULL IDENTITY(1,1) , [first_name] NVARCHAR(45) NOT NULL, [last_name] NVARCHAR(45) NOT NULL, [address_id] INTEGER NOT NULL, [store_id] INTEGER NULL, [active] BIT NOT NULL DEFAULT 1, PRIMARY KEY ([staff_id]));
CREATE INDEX [idx_fk_address_id] ON [staff] ([address_id]);
IF OBJECT_ID('[store]', 'U') IS NULL CREATE TABLE [store] ([store_id] INTEGER NOT NULL IDENTITY(1,1) , [manager_staff_id] INTEGER NOT NULL, [address_id] INTEGER NOT NULL, CONSTRAINT [idx_unique_manager] UNIQUE ([manager_staff_id]), PRIMARY KEY ([store_id]));
ALTER TABLE [staff] ADD FOREIGN KEY ([address_id]) REFERENCES [address] ([address_id]) ON DELETE NO ACTION;
ALTER TABLE [staff] ADD FOREIGN KEY ([store_id]) REFERENCES [store] ([store_id]) ON DELETE SET NULL;
ALTER TABLE [store] ADD FOREIGN KEY ([manager_staff_id]) REFERENCES [staff] ([staff_id]) ON DELETE NO ACTION;
ALTER TABLE [store] ADD FOREIGN KEY ([address_id]) REFERENCES [address] ([address_id]) ON DELETE NO ACTION;

