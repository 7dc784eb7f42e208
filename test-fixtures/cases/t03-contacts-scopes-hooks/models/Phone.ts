import {
  AfterCreate,
  AllowNull,
  AutoIncrement,
  BelongsTo,
  Column,
  CreatedAt,
  DataType,
  DefaultScope,
  ForeignKey,
  Length,
  Model,
  PrimaryKey,
  Table,
  UpdatedAt,
} from "sequelize-typescript";
import Contact from "./Contact";

@DefaultScope(() => ({ attributes: { exclude: ["contact_id", "created_at", "updated_at"] } }))
@Table({ tableName: "phone" })
class Phone extends Model {
  @PrimaryKey
  @AutoIncrement
  @Column(DataType.INTEGER)
  declare id: number;

  @AllowNull(false)
  @Length({ min: 3, max: 20 })
  @Column(DataType.STRING(20))
  phone!: string;

  // computed, never stored
  @Column(DataType.VIRTUAL)
  get international() {
    return `+55 ${this.phone}`;
  }

  @AllowNull(false)
  @ForeignKey(() => Contact)
  @Column(DataType.INTEGER)
  contact_id!: number;

  @BelongsTo(() => Contact, { onDelete: "CASCADE" })
  contact!: Contact;

  @CreatedAt
  created_at?: Date;

  @UpdatedAt
  updated_at?: Date;

  @AfterCreate
  static hideInternals(row: Phone) {
    for (const key of ["contact_id", "created_at", "updated_at"]) delete (row.dataValues as any)[key];
  }
}

export default Phone;
