-- sequelize-ddl note: the Node provider and sequelize.sync() throw "Cannot read properties of null (reading '1')" here and print no DDL
-- sequelize-ddl note: createTableQuery's text surgery (PRIMARY KEY, REFERENCES, COMMENT, SERIAL, INT) does not look inside quoted strings and names; the Node provider and sequelize.sync() also edit the text of defaults, comments and enum values (a default 'see COMMENT here' is cut open, a comment 'not a PRIMARY KEY' adds the column to the key)
IF OBJECT_ID('[Memos]', 'U') IS NULL CREATE TABLE [Memos] ([id] INTEGER NOT NULL IDENTITY(1,1) , [text] NVARCHAR(255) DEFAULT N'x-REFERENCES', PRIMARY KEY ([id]));

