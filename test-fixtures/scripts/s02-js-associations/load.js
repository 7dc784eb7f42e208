const loadSequelizeModels = require("@ariga/atlas-provider-sequelize/src/sequelize_schema");

const models = ["author", "book", "book-author"].map((name) => require(`./models/${name}`));
console.error(`loading ${models.length} models`);
const sql = loadSequelizeModels("postgres", ...models);
console.log(sql);
