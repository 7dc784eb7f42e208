import { Column, Comment, CreatedAt, DataType, DeletedAt, Model, UpdatedAt } from "sequelize-typescript";

// Columns every billing table has; not a model itself (no @Table, never added).
export abstract class BillingBase extends Model {
  @Comment("row version for optimistic locking")
  @Column({ type: DataType.INTEGER, allowNull: false, defaultValue: 0 })
  rowVersion!: number;

  @CreatedAt
  @Column({ field: "created_on" })
  createdOn!: Date;

  @UpdatedAt
  @Column({ field: "changed_on" })
  changedOn!: Date;

  @DeletedAt
  @Column({ field: "removed_on" })
  removedOn?: Date;
}
