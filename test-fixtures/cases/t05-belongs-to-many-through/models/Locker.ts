import { Column, Model, Table } from "sequelize-typescript";

@Table({ tableName: "lockers", timestamps: false })
export class Locker extends Model {
  @Column
  number!: number;
}
