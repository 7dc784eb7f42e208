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
  Is,
  Model,
  PrimaryKey,
  Table,
  UpdatedAt,
} from "sequelize-typescript";
import Contact from "./Contact";

const LIMITS = { local: 64, domain: 190, shape: /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,4}$/ };

enum Plan {
  FREE = "free",
  BASIC = "basic",
  PREMIUM = "premium",
}

@DefaultScope(() => ({ attributes: { exclude: ["contact_id", "created_at", "updated_at"] } }))
@Table({ tableName: "email" })
class Email extends Model {
  @PrimaryKey
  @AutoIncrement
  @Column(DataType.INTEGER)
  declare id: number;

  @AllowNull(false)
  @Is("WellFormed", (value: string) => {
    const [local, domain] = value.split("@");
    if (!LIMITS.shape.test(value) || local.length > LIMITS.local || domain.length > LIMITS.domain) {
      throw new Error(`"${value}" is not an e-mail address.`);
    }
  })
  @Column(DataType.STRING(60))
  email!: string;

  @Column({ type: DataType.ENUM(...Object.values(Plan)), defaultValue: Plan.FREE })
  subscription!: Plan;

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
  static hideInternals(row: Email) {
    for (const key of ["contact_id", "created_at", "updated_at"]) delete (row.dataValues as any)[key];
  }
}

export default Email;
