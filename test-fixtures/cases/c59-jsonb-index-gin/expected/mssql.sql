-- sequelize-ddl note: a JSONB attribute with index: true gets the GIN index sequelize.sync() creates (USING gin); the Node provider reads only options.indexes and leaves it out
IF OBJECT_ID('[Events]', 'U') IS NULL CREATE TABLE [Events] ([id] INTEGER NOT NULL IDENTITY(1,1) , [kind] NVARCHAR(40) NOT NULL, [payload] JSONB NULL, [tag_list] JSONB NULL, [note] NVARCHAR(255) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
CREATE INDEX [events_kind] ON [Events] ([kind]);
CREATE INDEX [events_payload] ON [Events] ([payload]);
CREATE INDEX [events_tag_list] ON [Events] ([tag_list]);

