import { Column, DataType, Model, Table } from "sequelize-typescript";

@Table({ tableName: "articles" })
export class Article extends Model {
  @Column(DataType.STRING(200))
  headline!: string;
}
