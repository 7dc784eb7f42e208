import { Column, Model, Table } from "sequelize-typescript";

@Table
export class Setting extends Model {
  @Column
  key!: string;
}
