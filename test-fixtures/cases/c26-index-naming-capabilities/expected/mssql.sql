IF OBJECT_ID('[Docs]', 'U') IS NULL CREATE TABLE [Docs] ([id] INTEGER NOT NULL IDENTITY(1,1) , [title] NVARCHAR(255) NULL, [status] NVARCHAR(255) NULL, [body] NVARCHAR(MAX) NULL, [authorId] INTEGER NULL, [UserId] INTEGER NULL, [data] JSONB NULL, [geo] GEOMETRY NULL, PRIMARY KEY ([id]));
CREATE INDEX [docs_title] ON [Docs] ([title]);
CREATE INDEX [custom_name] ON [Docs] ([title] DESC, [status] ASC);
CREATE INDEX [docs_author_id] ON [Docs] ([authorId]);
CREATE INDEX [docs__user_id] ON [Docs] ([UserId]);
CREATE UNIQUE INDEX [docs_title_author_id] ON [Docs] ([title], [authorId]);
CREATE FULLTEXT INDEX [docs_body] ON [Docs] ([body]);
CREATE FULLTEXT INDEX [parser_idx] ON [Docs] ([body]);
CREATE SPATIAL INDEX [docs_geo] ON [Docs] ([geo]);
CREATE INDEX [docs_] ON [Docs] (lower([title]));
CREATE INDEX [docs_data] ON [Docs] ([data]);
CREATE INDEX [conc_idx] ON [Docs] ([title]);
CREATE INDEX [docs_status] ON [Docs] ([status]) WHERE [authorId] > 5 AND [title] IS NULL;
CREATE INDEX [active_idx] ON [Docs] ([status]) WHERE [status] = N'active';
CREATE UNIQUE INDEX [Explicit_Name] ON [Docs] ([title], [status]);

