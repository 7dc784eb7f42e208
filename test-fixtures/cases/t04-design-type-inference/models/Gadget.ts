import {
  AllowNull,
  Column,
  Comment,
  CreatedAt,
  DataType,
  Default,
  DeletedAt,
  Model,
  Table,
  Unique,
  UpdatedAt,
} from "sequelize-typescript";
import { Status } from "./lib/status";

enum Size {
  Small = "s",
  Large = "l",
}

@Table
export class Gadget extends Model {
  @Column
  label!: string;

  @Unique
  @Column
  serial!: number;

  @Default(false)
  @Column
  enabled!: boolean;

  @AllowNull(false)
  @Column
  launchedOn!: Date;

  @Column
  hugeCounter?: bigint;

  @Comment("may be empty")
  @AllowNull
  @Column
  nickname?: string;

  // under strictNullChecks `| null` makes the design:type Object: the type must be given
  @Column(DataType.STRING(20))
  motto!: string | null;

  @Unique("gadget_code_unique")
  @Column
  code?: string;

  @Default("a")
  @Column
  grade!: "a" | "b" | "c";

  @Column
  size!: Size;

  @Column
  status!: Status;

  @Column({ allowNull: false, defaultValue: 0 })
  weight!: number;

  @CreatedAt
  madeAt!: Date;

  @UpdatedAt
  touchedAt!: Date;

  @DeletedAt
  retiredAt?: Date;
}
