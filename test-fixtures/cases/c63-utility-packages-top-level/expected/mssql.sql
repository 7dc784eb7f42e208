-- sequelize-ddl note: date-fns, lodash, moment, uuid: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
IF OBJECT_ID('[Events]', 'U') IS NULL CREATE TABLE [Events] ([id] CHAR(36) , [title] NVARCHAR(120) NOT NULL, [startsAt] DATETIMEOFFSET NOT NULL, [capacity] INTEGER DEFAULT 100, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[Tickets]', 'U') IS NULL CREATE TABLE [Tickets] ([id] INTEGER NOT NULL IDENTITY(1,1) , [code] CHAR(36) NOT NULL, [week] INTEGER NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, [eventId] CHAR(36) NULL, PRIMARY KEY ([id]), FOREIGN KEY ([eventId]) REFERENCES [Events] ([id]) ON DELETE SET NULL);

