-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
IF OBJECT_ID('[members]', 'U') IS NULL CREATE TABLE [members] ([memberNo] INTEGER , [nickname] NVARCHAR(40) NOT NULL, [joinedOn] DATE NOT NULL, [isBoard] BIT DEFAULT 0, PRIMARY KEY ([memberNo]));
IF OBJECT_ID('[memberships]', 'U') IS NULL CREATE TABLE [memberships] ([id] INTEGER NOT NULL IDENTITY(1,1) , [season] NVARCHAR(9) NOT NULL, [feeCents] INTEGER NOT NULL DEFAULT 12000, [paidAt] DATETIMEOFFSET NULL, [member_no] INTEGER NOT NULL, PRIMARY KEY ([id]), FOREIGN KEY ([member_no]) REFERENCES [members] ([memberNo]) ON DELETE CASCADE);
CREATE UNIQUE INDEX [memberships_member_no_season] ON [memberships] ([member_no], [season]);

