import * as Sequelize from "sequelize";
import { DataTypes, Model, Optional } from "sequelize";

export interface usersAttributes {
  id: number;
  email: string;
}

export type usersPk = "id";
export type usersCreationAttributes = Optional<usersAttributes, usersPk>;

export class users extends Model<usersAttributes, usersCreationAttributes> implements usersAttributes {
  id!: number;
  email!: string;

  static initModel(sequelize: Sequelize.Sequelize): typeof users {
    return users.init({
      id: { autoIncrement: true, type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      email: { type: DataTypes.STRING(255), allowNull: false, unique: "users_email_key" },
    }, {
      sequelize,
      tableName: "users",
      schema: "public",
      timestamps: false,
    });
  }
}
