'use strict';
module.exports = (sequelize, DataTypes) => {
  const Student = sequelize.define('Student', { name: DataTypes.STRING });
  const Course = sequelize.define('Course', { title: DataTypes.STRING });
  const Club = sequelize.define('Club', { name: DataTypes.STRING }, { timestamps: false });
  const Person = sequelize.define('Person', { name: DataTypes.STRING }, { timestamps: false });
  Student.belongsToMany(Course, { through: 'Enrollment' });
  Course.belongsToMany(Student, { through: 'Enrollment' });
  Student.belongsToMany(Club, { through: 'student_clubs', foreignKey: 'memberId', otherKey: 'clubRef', timestamps: false });
  Person.belongsToMany(Person, { through: 'Friendship', as: 'friends' });
  return Student;
};
