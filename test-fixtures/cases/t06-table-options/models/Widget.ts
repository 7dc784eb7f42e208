import { Column, Model, Table } from "sequelize-typescript";

@Table({ modelName: "gizmo", freezeTableName: false, createdAt: false, version: true })
export default class Widget extends Model {
  @Column
  name!: string;
}
