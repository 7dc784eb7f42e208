-- sequelize-ddl note: loads bin.js, warehouse.js as ES modules (the default export is the model function); the Node provider reads only *.js and require()s them
-- sequelize-ddl note: lodash-es, nanoid: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
IF OBJECT_ID('[Warehouses]', 'U') IS NULL CREATE TABLE [Warehouses] ([id] INTEGER NOT NULL IDENTITY(1,1) , [code] NVARCHAR(12) NOT NULL UNIQUE, [name] NVARCHAR(72) NOT NULL, [createdBy] NVARCHAR(40) NULL, [updatedBy] NVARCHAR(40) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[Bins]', 'U') IS NULL CREATE TABLE [Bins] ([id] INTEGER NOT NULL IDENTITY(1,1) , [aisle] SMALLINT NOT NULL, [shelf] SMALLINT NOT NULL, [createdBy] NVARCHAR(40) NULL, [updatedBy] NVARCHAR(40) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, [WarehouseId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([WarehouseId]) REFERENCES [Warehouses] ([id]) ON DELETE SET NULL);
CREATE UNIQUE INDEX [bins_aisle_shelf__warehouse_id] ON [Bins] ([aisle], [shelf], [WarehouseId]);

