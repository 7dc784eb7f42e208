IF OBJECT_ID('[Toggles]', 'U') IS NULL CREATE TABLE [Toggles] ([id] INTEGER NOT NULL IDENTITY(1,1) , [on] BIT DEFAULT 1, [off] BIT NOT NULL DEFAULT 0, [onStr] BIT DEFAULT N'true', [offStr] BIT DEFAULT N'false', [word] NVARCHAR(255) DEFAULT N'trueish', [other] NVARCHAR(255) DEFAULT N'falsehood', PRIMARY KEY ([id]));

