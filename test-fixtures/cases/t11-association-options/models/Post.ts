import { BelongsTo, Column, DataType, Model, Table } from "sequelize-typescript";
import { Member } from "./Member";

@Table({ tableName: "posts" })
export class Post extends Model {
  @Column(DataType.STRING(200))
  title!: string;

  @Column(DataType.STRING(32))
  authorHandle!: string;

  // Who reviewed the post: the key column is reviewer_id, the association is "reviewer".
  @BelongsTo(() => Member, {
    as: "reviewer",
    foreignKey: { name: "reviewerId", field: "reviewer_id" },
    onDelete: "SET NULL",
    onUpdate: "NO ACTION",
  })
  reviewer?: Member;

  // The editor is referenced by handle (a unique column), not by id.
  @BelongsTo(() => Member, { as: "editor", foreignKey: "editorHandle", targetKey: "handle" })
  editor?: Member;
}
