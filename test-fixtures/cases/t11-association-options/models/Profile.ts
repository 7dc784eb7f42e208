import { Column, DataType, Model, Table } from "sequelize-typescript";

@Table({ tableName: "profiles", timestamps: false })
export class Profile extends Model {
  @Column(DataType.TEXT)
  bio?: string;
}
