-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- atlas:pos courses[type=table] $MODELS/Course.ts:6-20
-- atlas:pos students[type=table] $MODELS/Student.ts:6-16
-- atlas:pos enrollments[type=table] $MODELS/Enrollment.ts:5-17
-- atlas:pos lockers[type=table] $MODELS/Locker.ts:3-7

CREATE TABLE IF NOT EXISTS `courses` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `title` VARCHAR(80));
CREATE TABLE IF NOT EXISTS `students` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `fullName` VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `enrollments` (`studentId` INTEGER NOT NULL REFERENCES `students` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `courseId` INTEGER NOT NULL REFERENCES `courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `grade` DECIMAL(4,1), UNIQUE (`studentId`, `courseId`), PRIMARY KEY (`studentId`, `courseId`));
CREATE TABLE IF NOT EXISTS `lockers` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `number` INTEGER, `nearCourseId` INTEGER REFERENCES `courses` (`id`) ON DELETE SET NULL ON UPDATE CASCADE, `ownerId` INTEGER REFERENCES `students` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);
CREATE TABLE IF NOT EXISTS `course_prerequisites` (`createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `courseId` INTEGER NOT NULL REFERENCES `courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `requiredCourseId` INTEGER NOT NULL REFERENCES `courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY (`courseId`, `requiredCourseId`));

