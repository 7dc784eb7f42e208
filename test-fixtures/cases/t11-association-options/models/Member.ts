import { Column, DataType, HasMany, HasOne, Model, Table, Unique } from "sequelize-typescript";
import { Profile } from "./Profile";
import { Post } from "./Post";

@Table({ tableName: "members", timestamps: false })
export class Member extends Model {
  @Unique
  @Column(DataType.STRING(32))
  handle!: string;

  // The profile row goes with the member; its key column is named by the association.
  @HasOne(() => Profile, { as: "profile", foreignKey: { name: "ownerId", allowNull: false }, onDelete: "CASCADE" })
  profile?: Profile;

  // Posts refer to the member by handle, without a database constraint.
  @HasMany(() => Post, { foreignKey: "authorHandle", sourceKey: "handle", constraints: false })
  posts?: Post[];
}
