import { BelongsToMany, Column, DataType, HasMany, Model, Table } from "sequelize-typescript";
import { Enrollment } from "./Enrollment";
import { Student } from "./Student";
import { Locker } from "./Locker";

@Table({ tableName: "courses", timestamps: false })
export class Course extends Model {
  @Column(DataType.STRING(80))
  title!: string;

  @BelongsToMany(() => Student, () => Enrollment)
  students!: Student[];

  // a plain join table by name, with the key columns named here
  @BelongsToMany(() => Course, { through: "course_prerequisites", foreignKey: "courseId", otherKey: "requiredCourseId", as: "prerequisites" })
  prerequisites!: Course[];

  @HasMany(() => Locker, { foreignKey: "nearCourseId", onDelete: "SET NULL" })
  lockers!: Locker[];
}
