import {
  AutoIncrement,
  BelongsTo,
  Column,
  DataType,
  ForeignKey,
  Index,
  Length,
  Model,
  PrimaryKey,
  Table,
} from "sequelize-typescript";
import { loadModels } from "@ariga/ts-atlas-provider-sequelize/src/sequelize_schema";

@Table({ tableName: "email", schema: "public" })
class Email extends Model {
  @PrimaryKey
  @AutoIncrement
  @Column(DataType.INTEGER)
  declare id: number;
}

@Table({ tableName: "user" })
class User extends Model {
  @PrimaryKey
  @AutoIncrement
  @Column(DataType.INTEGER)
  declare id: number;

  @Index({ name: "user_name_idx" })
  @Length({ min: 1, max: 50 })
  @Column({ type: DataType.STRING(50), allowNull: false })
  name!: string;

  @Column({ type: DataType.ENUM("admin", "user", "guest"), defaultValue: "user" })
  role!: string;
}

@Table({ tableName: "post" })
class Post extends Model {
  @PrimaryKey
  @AutoIncrement
  @Column(DataType.INTEGER)
  declare id: number;

  @Column({ type: DataType.STRING(255), allowNull: false })
  title!: string;

  @ForeignKey(() => User)
  @Column(DataType.INTEGER)
  userId!: number;

  @BelongsTo(() => User)
  user!: User;
}

const sql: string = loadModels("postgres", [Email, User, Post]);
console.log(sql);
