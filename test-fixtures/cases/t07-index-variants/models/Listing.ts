import { Column, createIndexDecorator, DataType, Index, Model, Table } from "sequelize-typescript";

const CityAndStreet = createIndexDecorator({ name: "listing_city_street", unique: true });
const Plain = createIndexDecorator();

@Table({ tableName: "listings", timestamps: false, indexes: [{ fields: ["price", "rooms"], name: "by_price_rooms" }] })
export class Listing extends Model {
  @Index
  @Column
  title!: string;

  @Index("listing_price")
  @Column(DataType.INTEGER)
  price!: number;

  @Index({ name: "listing_rooms_desc", order: "DESC" })
  @Column(DataType.INTEGER)
  rooms!: number;

  @CityAndStreet
  @Column(DataType.STRING(60))
  city!: string;

  @CityAndStreet({ order: "ASC" })
  @Column(DataType.STRING(120))
  street!: string;

  @Plain
  @Column(DataType.STRING(10))
  zip!: string;

  @Index({ name: "listing_code", unique: true, length: 8 })
  @Column(DataType.STRING(32))
  code!: string;
}
