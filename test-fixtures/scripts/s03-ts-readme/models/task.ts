import { BelongsTo, Column, DataType, Default, ForeignKey, Model, Table } from "sequelize-typescript";
import User from "./user";

@Table({ tableName: "tasks", timestamps: false })
export default class Task extends Model {
  @Column({ type: DataType.STRING, allowNull: false })
  title!: string;

  @Default(false)
  @Column
  done!: boolean;

  @ForeignKey(() => User)
  @Column
  userId!: number;

  @BelongsTo(() => User, { onDelete: "CASCADE" })
  user!: User;
}
