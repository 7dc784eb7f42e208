import { Column, Model, Table } from "sequelize-typescript";

// MyISAM here, not on Account: InnoDB cannot hold a foreign key to a MyISAM table.
@Table({ modelName: "gizmo", freezeTableName: false, createdAt: false, version: true, engine: "MyISAM" })
export default class Widget extends Model {
  @Column
  name!: string;
}
