-- sequelize-ddl note: an attribute is left out only when its type is DataTypes.VIRTUAL, as sequelize.sync() does; the Node provider drops every column whose SQL starts with VIRTUAL (a raw type 'VIRTUAL_THING')
CREATE TABLE IF NOT EXISTS `Stamps` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), `nowType` NOW, `v1Type` UUIDV1, `v4Type` UUIDV4, `rawVirtual` VIRTUAL_THING, PRIMARY KEY (`id`)) ENGINE=InnoDB;

