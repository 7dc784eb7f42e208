import { AutoIncrement, Column, DataType, Index, Length, Model, PrimaryKey, Table } from "sequelize-typescript";

@Table({ tableName: "user" })
export class User extends Model {
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
