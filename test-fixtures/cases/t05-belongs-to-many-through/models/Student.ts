import { BelongsToMany, Column, HasOne, Model, Table } from "sequelize-typescript";
import { Course } from "./Course";
import { Enrollment } from "./Enrollment";
import { Locker } from "./Locker";

@Table({ tableName: "students" })
export class Student extends Model {
  @Column
  fullName!: string;

  @BelongsToMany(() => Course, () => Enrollment)
  courses!: Course[];

  @HasOne(() => Locker, "ownerId")
  locker?: Locker;
}
