-- atlas:pos members[type=table] $MODELS/Member.ts:5-18
-- atlas:pos posts[type=table] $MODELS/Post.ts:4-24
-- atlas:pos profiles[type=table] $MODELS/Profile.ts:3-7

IF OBJECT_ID('[members]', 'U') IS NULL CREATE TABLE [members] ([id] INTEGER NOT NULL IDENTITY(1,1) , [handle] NVARCHAR(32) NULL UNIQUE, PRIMARY KEY ([id]));
IF OBJECT_ID('[posts]', 'U') IS NULL CREATE TABLE [posts] ([id] INTEGER NOT NULL IDENTITY(1,1) , [title] NVARCHAR(200) NULL, [authorHandle] NVARCHAR(32) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, [reviewer_id] INTEGER NULL, [editorHandle] NVARCHAR(32) NULL, PRIMARY KEY ([id]), FOREIGN KEY ([reviewer_id]) REFERENCES [members] ([id]) ON DELETE SET NULL, FOREIGN KEY ([editorHandle]) REFERENCES [members] ([handle]));
IF OBJECT_ID('[profiles]', 'U') IS NULL CREATE TABLE [profiles] ([id] INTEGER NOT NULL IDENTITY(1,1) , [bio] NVARCHAR(MAX) NULL, [ownerId] INTEGER NOT NULL, PRIMARY KEY ([id]), FOREIGN KEY ([ownerId]) REFERENCES [members] ([id]) ON DELETE CASCADE);

