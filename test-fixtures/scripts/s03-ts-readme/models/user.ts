import { AllowNull, Column, DataType, HasMany, Model, Table, Unique } from "sequelize-typescript";
import Task from "./task";

@Table({ tableName: "users" })
export default class User extends Model {
  @AllowNull(false)
  @Column(DataType.STRING(80))
  name!: string;

  @Unique
  @Column
  email!: string;

  @Column
  active!: boolean;

  @HasMany(() => Task)
  tasks!: Task[];
}
