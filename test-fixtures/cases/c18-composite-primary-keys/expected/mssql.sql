IF OBJECT_ID('[Pairs]', 'U') IS NULL CREATE TABLE [Pairs] ([a] INTEGER , [b] NVARCHAR(255) , [note] NVARCHAR(255) NULL, PRIMARY KEY ([a], [b]));
IF OBJECT_ID('[Sequenceds]', 'U') IS NULL CREATE TABLE [Sequenceds] ([a] INTEGER IDENTITY(1,1) , [b] INTEGER NOT NULL , PRIMARY KEY ([a], [b]));
IF OBJECT_ID('[Triples]', 'U') IS NULL CREATE TABLE [Triples] ([x] NVARCHAR(5) NOT NULL , [y] DATE , [z] BIGINT , [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([x], [y], [z]));

