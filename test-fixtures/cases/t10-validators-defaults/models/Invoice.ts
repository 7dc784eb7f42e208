import {
  BelongsTo,
  Column,
  DataType,
  Default,
  ForeignKey,
  IsAfter,
  IsArray,
  IsBefore,
  IsCreditCard,
  IsDate,
  IsDecimal,
  IsFloat,
  IsInt,
  IsIP,
  IsIPv4,
  IsIPv6,
  IsNumeric,
  IsUppercase,
  Is,
  Max,
  Min,
  Model,
  Table,
  Validate,
} from "sequelize-typescript";
import { Customer } from "./Customer";

// Invoices: numeric, date and network validators, and defaults computed by the database or in JS.
@Table({ tableName: "invoices", updatedAt: false })
export class Invoice extends Model {
  @ForeignKey(() => Customer)
  @Column(DataType.UUID)
  customerId!: string;

  @BelongsTo(() => Customer)
  customer!: Customer;

  @IsUppercase
  @Is(/^INV-\d{6}$/)
  @Column(DataType.STRING(10))
  number!: string;

  @IsInt
  @Min(1)
  @Max(999)
  @Default(1)
  @Column
  quantity!: number;

  @IsDecimal
  @Column(DataType.DECIMAL(10, 2))
  amount!: string;

  @IsFloat
  @Min(0)
  @Max(1)
  @Column(DataType.FLOAT)
  taxRate?: number;

  @IsNumeric
  @Column(DataType.STRING(12))
  vatNumber?: string;

  @IsCreditCard
  @Column(DataType.STRING(19))
  cardNumber?: string;

  @IsDate
  @IsAfter("2000-01-01")
  @IsBefore("2100-01-01")
  @Default(DataType.NOW)
  @Column(DataType.DATE)
  issuedAt!: Date;

  @Default(() => new Date(Date.UTC(2030, 0, 1)))
  @Column(DataType.DATEONLY)
  dueOn?: string;

  @IsIP
  @Column(DataType.STRING(45))
  clientIp?: string;

  @IsIPv4
  @Column(DataType.STRING(15))
  gatewayIpv4?: string;

  @IsIPv6
  @Column(DataType.STRING(45))
  gatewayIpv6?: string;

  @IsArray
  @Validate({ len: [0, 5] })
  @Column(DataType.JSON)
  tags?: string[];
}
