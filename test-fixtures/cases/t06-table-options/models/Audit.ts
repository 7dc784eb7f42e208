import { Column, DataType, ForeignKey, BelongsTo, Model, Table } from "sequelize-typescript";
import { Account } from "./Account";

// Columns every table here shares, declared once on a base class without @Table.
export abstract class Tracked extends Model {
  @Column(DataType.STRING(40))
  changedBy?: string;
}

@Table({ paranoid: true, underscored: true, tableName: "audit_entries", comment: "who changed what" })
export class Audit extends Tracked {
  @Column(DataType.TEXT)
  detail!: string;

  // Typed as the key it references (Account.id, a UUID).
  @ForeignKey(() => Account)
  @Column(DataType.UUID)
  accountRef!: string;

  @BelongsTo(() => Account)
  account!: Account;
}
