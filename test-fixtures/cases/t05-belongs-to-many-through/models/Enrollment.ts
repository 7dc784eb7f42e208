import { Column, DataType, ForeignKey, Model, Table } from "sequelize-typescript";
import { Course } from "./Course";
import { Student } from "./Student";

@Table({ tableName: "enrollments", timestamps: false })
export class Enrollment extends Model {
  @ForeignKey(() => Student)
  @Column
  studentId!: number;

  @ForeignKey(() => Course)
  @Column
  courseId!: number;

  @Column(DataType.DECIMAL(4, 1))
  grade?: number;
}
