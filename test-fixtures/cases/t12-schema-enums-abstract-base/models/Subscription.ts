import { Column, DataType, Default, HasMany, Table } from "sequelize-typescript";
import { BillingBase } from "./lib/base";
import { Charge } from "./Charge";

export enum Cycle {
  Monthly = "monthly",
  Yearly = "yearly",
}

@Table({ tableName: "subscriptions", schema: "billing", paranoid: true })
export class Subscription extends BillingBase {
  @Column({ type: DataType.STRING(80), allowNull: false })
  plan!: string;

  @Default(Cycle.Monthly)
  @Column(DataType.ENUM(...Object.values(Cycle)))
  cycle!: Cycle;

  @HasMany(() => Charge)
  charges?: Charge[];
}
