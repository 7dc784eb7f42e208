-- sequelize-ddl note: a string reference from a schema table to a table of the same schema names that table, as postgres and MariaDB resolve it; the Node provider and sequelize.sync() write the bare name, a table that does not exist here
CREATE TABLE IF NOT EXISTS `core.Orgs` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255));
CREATE TABLE IF NOT EXISTS `app.Orders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `status` TEXT);
CREATE TABLE IF NOT EXISTS `inv_Items` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `code` VARCHAR(255), `kind` TEXT);
CREATE INDEX `items_code` ON `inv_Items` (`code`);
CREATE TABLE IF NOT EXISTS `hr.Orgs` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `title` VARCHAR(255));
CREATE TABLE IF NOT EXISTS `hr.Emps` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `orgRef` INTEGER REFERENCES `hr.Orgs` (`id`), `OrgId` INTEGER REFERENCES `core.Orgs` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);
CREATE TABLE IF NOT EXISTS `Plains` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `a` VARCHAR(255), `OrgId` INTEGER REFERENCES `core.Orgs` (`id`) ON DELETE SET NULL ON UPDATE CASCADE, `OrderId` INTEGER REFERENCES `app.Orders` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);

