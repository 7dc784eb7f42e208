import { Column, DataType, Model, Table } from "sequelize-typescript";

@Table({ modelName: "Account", schema: "billing", timestamps: false, charset: "utf8mb4" })
export class Account extends Model {
  @Column({ type: DataType.UUID, primaryKey: true, defaultValue: DataType.UUIDV4 })
  declare id: string;

  @Column(DataType.DECIMAL(12, 2))
  balance!: string;
}
