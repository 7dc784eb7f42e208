-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
IF OBJECT_ID('[Probes]', 'U') IS NULL CREATE TABLE [Probes] ([id] INTEGER NOT NULL IDENTITY(1,1) , [a] NVARCHAR(255) NULL, [b] INTEGER NULL, [c] NVARCHAR(255) NULL, CONSTRAINT [uniq_Probes_b_c] UNIQUE ([b], [c]), PRIMARY KEY ([id]));

