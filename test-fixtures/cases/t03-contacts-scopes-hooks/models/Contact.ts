import {
  AfterCreate,
  AllowNull,
  AutoIncrement,
  Column,
  CreatedAt,
  DataType,
  DefaultScope,
  HasMany,
  Index,
  Length,
  Model,
  PrimaryKey,
  Table,
  UpdatedAt,
} from "sequelize-typescript";
import Email from "./Email";
import Phone from "./Phone";

// An address-book entry; its phones and e-mail addresses are loaded with it by default.
@DefaultScope(() => ({
  include: [
    { model: Phone, as: Phone.tableName },
    { model: Email, as: Email.tableName },
  ],
  attributes: { exclude: ["created_at", "updated_at"] },
}))
@Table({ tableName: "contact" })
class Contact extends Model {
  @PrimaryKey
  @AutoIncrement
  @Column(DataType.INTEGER)
  declare id: number;

  @AllowNull(false)
  @Length({ min: 3, max: 45 })
  @Column(DataType.STRING(45))
  @Index({ name: "name-alias", unique: true })
  name!: string;

  @AllowNull(false)
  @Length({ min: 3, max: 45 })
  @Column(DataType.STRING(45))
  @Index({ name: "name-alias", unique: true })
  alias!: string;

  @HasMany(() => Phone, { onDelete: "CASCADE" })
  phone!: Phone[];

  @HasMany(() => Email, { onDelete: "CASCADE" })
  email!: Email[];

  @CreatedAt
  created_at?: Date;

  @UpdatedAt
  updated_at?: Date;

  @AfterCreate
  static hideTimestamps(row: Contact) {
    delete row.dataValues.created_at;
    delete row.dataValues.updated_at;
  }
}

export default Contact;
