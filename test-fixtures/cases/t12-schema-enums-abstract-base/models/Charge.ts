import { BelongsTo, Column, DataType, ForeignKey, Table } from "sequelize-typescript";
import { BillingBase } from "./lib/base";
import { Subscription } from "./Subscription";

enum ChargeState {
  Pending = "pending",
  Paid = "paid",
  Refunded = "refunded",
}

@Table({ tableName: "charges", schema: "billing", paranoid: true })
export class Charge extends BillingBase {
  @ForeignKey(() => Subscription)
  @Column({ allowNull: false })
  subscriptionId!: number;

  @BelongsTo(() => Subscription, { onDelete: "CASCADE" })
  subscription?: Subscription;

  @Column({ type: DataType.ENUM(...Object.values(ChargeState)), allowNull: false })
  state!: ChargeState;

  @Column(DataType.BIGINT)
  amountCents!: number;
}
