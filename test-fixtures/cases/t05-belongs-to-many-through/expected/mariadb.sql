-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- atlas:pos courses[type=table] $MODELS/Course.ts:6-20
-- atlas:pos students[type=table] $MODELS/Student.ts:6-16
-- atlas:pos enrollments[type=table] $MODELS/Enrollment.ts:5-17
-- atlas:pos lockers[type=table] $MODELS/Locker.ts:3-7

CREATE TABLE IF NOT EXISTS `courses` (`id` INTEGER NOT NULL auto_increment , `title` VARCHAR(80), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `students` (`id` INTEGER NOT NULL auto_increment , `fullName` VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `enrollments` (`studentId` INTEGER , `courseId` INTEGER , `grade` DECIMAL(4,1), UNIQUE `enrollments_studentId_courseId_unique` (`studentId`, `courseId`), PRIMARY KEY (`studentId`, `courseId`), FOREIGN KEY (`studentId`) REFERENCES `students` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, FOREIGN KEY (`courseId`) REFERENCES `courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `lockers` (`id` INTEGER NOT NULL auto_increment , `number` INTEGER, `nearCourseId` INTEGER, `ownerId` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`nearCourseId`) REFERENCES `courses` (`id`) ON DELETE SET NULL ON UPDATE CASCADE, FOREIGN KEY (`ownerId`) REFERENCES `students` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `course_prerequisites` (`createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `courseId` INTEGER , `requiredCourseId` INTEGER , PRIMARY KEY (`courseId`, `requiredCourseId`), FOREIGN KEY (`courseId`) REFERENCES `courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, FOREIGN KEY (`requiredCourseId`) REFERENCES `courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;

