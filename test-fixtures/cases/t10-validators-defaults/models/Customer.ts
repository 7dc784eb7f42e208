import {
  AllowNull,
  Column,
  Contains,
  DataType,
  Default,
  Equals,
  IsAlpha,
  IsAlphanumeric,
  IsEmail,
  IsIn,
  IsLowercase,
  IsUrl,
  IsUUID,
  Length,
  Model,
  NotContains,
  NotEmpty,
  NotIn,
  NotNull,
  PrimaryKey,
  Table,
  Unique,
} from "sequelize-typescript";

// A customer record with the string validators a sign-up form needs.
@Table({ tableName: "customers" })
export class Customer extends Model {
  @PrimaryKey
  @IsUUID(4)
  @Default(DataType.UUIDV4)
  @Column(DataType.UUID)
  declare id: string;

  @NotEmpty
  @IsAlpha
  @Length({ min: 2, max: 40 })
  @Column(DataType.STRING(40))
  firstName!: string;

  @NotNull
  @AllowNull(false)
  @Length({ max: 60, msg: "last name is too long" })
  @Column(DataType.STRING(60))
  lastName!: string;

  @Unique
  @IsEmail
  @IsLowercase
  @Column
  email!: string;

  @IsUrl
  @NotContains("localhost")
  @Column(DataType.STRING(2048))
  website?: string;

  @IsAlphanumeric
  @NotIn([["admin", "root"]])
  @Column(DataType.STRING(30))
  handle?: string;

  @IsIn([["free", "pro", "team"]])
  @Default("free")
  @Column(DataType.STRING(10))
  plan!: string;

  @Contains("@")
  @Column
  contactLine?: string;

  @Equals("yes")
  @Column(DataType.STRING(3))
  termsAccepted?: string;
}
