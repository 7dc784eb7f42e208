import {
  AutoIncrement,
  BelongsTo,
  Column,
  DataType,
  ForeignKey,
  Model,
  PrimaryKey,
  Table,
} from "sequelize-typescript";
import { Book } from "./Book";

// A writer and the one book they like best; Book points back at its writer.
@Table({ tableName: "author" })
export class Author extends Model {
  @PrimaryKey
  @AutoIncrement
  @Column(DataType.INTEGER)
  declare id: number;

  @Column({ allowNull: false, type: DataType.STRING(100) })
  name!: string;

  @ForeignKey(() => Book)
  @Column(DataType.INTEGER)
  favoriteBookId?: number;

  @BelongsTo(() => Book)
  favoriteBook?: Book;
}
