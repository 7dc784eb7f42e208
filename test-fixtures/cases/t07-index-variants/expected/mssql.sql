-- atlas:pos listings[type=table] $MODELS/Listing.ts:6-35

IF OBJECT_ID('[listings]', 'U') IS NULL CREATE TABLE [listings] ([id] INTEGER NOT NULL IDENTITY(1,1) , [title] NVARCHAR(255) NULL, [price] INTEGER NULL, [rooms] INTEGER NULL, [city] NVARCHAR(60) NULL, [street] NVARCHAR(120) NULL, [zip] NVARCHAR(10) NULL, [code] NVARCHAR(32) NULL, PRIMARY KEY ([id]));
CREATE INDEX [by_price_rooms] ON [listings] ([price], [rooms]);

