-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- atlas:pos courses[type=table] $MODELS/Course.ts:6-20
-- atlas:pos students[type=table] $MODELS/Student.ts:6-16
-- atlas:pos enrollments[type=table] $MODELS/Enrollment.ts:5-17
-- atlas:pos lockers[type=table] $MODELS/Locker.ts:3-7

IF OBJECT_ID('[courses]', 'U') IS NULL CREATE TABLE [courses] ([id] INTEGER NOT NULL IDENTITY(1,1) , [title] NVARCHAR(80) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[students]', 'U') IS NULL CREATE TABLE [students] ([id] INTEGER NOT NULL IDENTITY(1,1) , [fullName] NVARCHAR(255) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[enrollments]', 'U') IS NULL CREATE TABLE [enrollments] ([studentId] INTEGER , [courseId] INTEGER , [grade] DECIMAL(4,1) NULL, CONSTRAINT [enrollments_studentId_courseId_unique] UNIQUE ([studentId], [courseId]), PRIMARY KEY ([studentId], [courseId]), FOREIGN KEY ([studentId]) REFERENCES [students] ([id]) ON DELETE CASCADE, FOREIGN KEY ([courseId]) REFERENCES [courses] ([id]) ON DELETE CASCADE);
IF OBJECT_ID('[lockers]', 'U') IS NULL CREATE TABLE [lockers] ([id] INTEGER NOT NULL IDENTITY(1,1) , [number] INTEGER NULL, [nearCourseId] INTEGER NULL, [ownerId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([nearCourseId]) REFERENCES [courses] ([id]) ON DELETE SET NULL, FOREIGN KEY ([ownerId]) REFERENCES [students] ([id]) ON DELETE SET NULL);
IF OBJECT_ID('[course_prerequisites]', 'U') IS NULL CREATE TABLE [course_prerequisites] ([createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, [courseId] INTEGER , [requiredCourseId] INTEGER , PRIMARY KEY ([courseId], [requiredCourseId]), FOREIGN KEY ([courseId]) REFERENCES [courses] ([id]) ON DELETE CASCADE, FOREIGN KEY ([requiredCourseId]) REFERENCES [courses] ([id]));

