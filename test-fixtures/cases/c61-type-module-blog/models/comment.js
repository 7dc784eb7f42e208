export default function (sequelize, DataTypes) {
  const Comment = sequelize.define('Comment', {
    body: { type: DataTypes.STRING(500), allowNull: false },
  }, { paranoid: true });
  Comment.associate = function associate(models) {
    this.belongsTo(models.Post);
  };
  return Comment;
}
