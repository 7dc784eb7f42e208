package dev.sequelizeddl.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequelizeddl.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README "Loading rules" through the CLI with the real shim: what --verbose says about each file (stderr
 * only, stdout unchanged), the project's own Sequelize instance taking --dialect, and the shapes that fail.
 * The schemas themselves are pinned by the oracle cases c70-c77.
 */
class LoadingRulesTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve("models").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private CliRun load(String dialect, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("load", "--path", tmp.resolve("models").toString(), "--dialect", dialect));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void verboseSaysHowEachFileWasLoadedOnStderrOnly() throws Exception {
        write("db.js", "const { Sequelize } = require('sequelize');\n"
                + "module.exports = new Sequelize('mssql://sa:pw@db:1433/app', { define: { freezeTableName: true } });\n");
        write("user.js", "const { Model, DataTypes } = require('sequelize');\n"
                + "class User extends Model {\n"
                + "  static initModel(sequelize) { return User.init({ name: DataTypes.STRING }, { sequelize, timestamps: false }); }\n"
                + "}\n"
                + "module.exports = { User };\n");
        write("tag.js", "const { DataTypes } = require('sequelize');\n"
                + "module.exports = require('./db').define('Tag', { label: DataTypes.STRING }, { timestamps: false });\n");
        write("constants.js", "module.exports = { MAX: 3 };\n");
        write("user.test.js", "throw new Error('tests are not loaded');\n");
        write("index.js", "throw new Error('index.js is not loaded when other files exist');\n");

        CliRun quiet = load("mysql");
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.err());
        // db.js names mssql; every instance takes --dialect, and its define options apply.
        assertEquals("CREATE TABLE IF NOT EXISTS `Tag` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;\n"
                + "CREATE TABLE IF NOT EXISTS `User` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;\n\n",
                quiet.out());

        CliRun verbose = load("mysql", "--verbose");
        assertEquals(0, verbose.code(), verbose.err());
        assertEquals(quiet.out(), verbose.out());
        assertEquals(List.of(
                "sequelize-ddl: verbose: user.test.js: skipped, a test file",
                "sequelize-ddl: verbose: index.js: skipped, the folder has other model files (index.js is loaded only when it is the only one, or when it requires all of them)",
                "sequelize-ddl: verbose: constants.js: skipped, defines no model (exports an object (MAX))",
                "sequelize-ddl: verbose: db.js: skipped, defines no model (exports a Sequelize instance)",
                "sequelize-ddl: verbose: tag.js: Model class Tag, initialised when required",
                "sequelize-ddl: verbose: user.js: User: Model class User with static initModel(sequelize) -> User"),
                verbose.err().lines().toList());
    }

    @Test
    void aModelClassNothingInitialisesIsAnError() throws Exception {
        Path user = write("user.js", "const { Model } = require('sequelize');\nclass User extends Model {}\nmodule.exports = User;\n");
        CliRun r = load("postgres");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(user + ":1:1: TypeError: user.js exports the Model class User, but nothing initialises it"), r.err());
    }

    @Test
    void anAbstractBaseModelAndOtherClassesAreNotCalled() throws Exception {
        write("base-model.js", "const { Model } = require('sequelize');\n"
                + "class BaseModel extends Model {\n"
                + "  static init(attributes, options) { return super.init(attributes, { ...options, timestamps: false }); }\n"
                + "}\n"
                + "module.exports = BaseModel;\n");
        write("db.js", "const { Sequelize } = require('sequelize');\nmodule.exports = new Sequelize('sqlite::memory:');\n");
        write("errors.js", "class NotFoundError extends Error {}\nmodule.exports = NotFoundError;\n");
        write("user.js", "const { DataTypes } = require('sequelize');\n"
                + "const BaseModel = require('./base-model');\n"
                + "class User extends BaseModel {}\n"
                + "User.init({ name: DataTypes.STRING }, { sequelize: require('./db') });\n"
                + "module.exports = User;\n");
        CliRun r = load("postgres", "--verbose");
        assertEquals(0, r.code(), r.err());
        assertEquals("CREATE TABLE IF NOT EXISTS \"Users\" (\"id\"   SERIAL , \"name\" VARCHAR(255), PRIMARY KEY (\"id\"));\n\n", r.out());
        assertTrue(r.err().contains("sequelize-ddl: verbose: errors.js: skipped, defines no model (exports the class NotFoundError, not a Model)\n"), r.err());
    }

    @Test
    void aFactoryIsCalledWithTheProjectInstanceAndAssociationsFileRunsLast() throws Exception {
        write("connection.js", "const Sequelize = require('sequelize');\n"
                + "module.exports = new Sequelize(undefined, { dialect: 'oracle', define: { underscored: true, timestamps: false } });\n");
        write("a.js", "require('./connection');\n"
                + "module.exports = (sequelize, DataTypes) => sequelize.define('Owner', { fullName: DataTypes.STRING });\n");
        write("b.js", "module.exports = (sequelize, DataTypes) => sequelize.define('Pet', { petName: DataTypes.STRING });\n");
        write("relations.js", "module.exports = (models) => { models.Owner.hasMany(models.Pet); };\n");
        CliRun r = load("sqlite");
        assertEquals(0, r.code(), r.err());
        assertEquals("CREATE TABLE IF NOT EXISTS `owners` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `full_name` VARCHAR(255));\n"
                + "CREATE TABLE IF NOT EXISTS `pets` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `pet_name` VARCHAR(255), "
                + "`owner_id` INTEGER REFERENCES `owners` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);\n\n", r.out());
    }

    /**
     * belongsToMany through a string that is another model's table (c35): Sequelize's output is kept,
     * and stderr gets one warning naming the association, the table and both files, in either order.
     */
    @Test
    void aThroughTableThatIsAnotherModelsTableIsWarnedAbout() throws Exception {
        Path c35 = Path.of("test-fixtures/cases/c35-btm-through-table-clash");
        CliRun fixture = CliRun.of("load", "--path", c35.resolve("models").toString(), "--dialect", "postgres");
        assertEquals(0, fixture.code(), fixture.err());
        assertEquals(Files.readString(c35.resolve("expected/postgres.sql")), fixture.out());
        String models = c35.resolve("models").toString();
        assertEquals("sequelize-ddl: warning: " + models + "/recipe.js:9: Recipe.belongsToMany(Ingredient, { through: 'RecipeIngredients' })"
                + " defines a join model of its own for table RecipeIngredients, which model RecipeIngredient (" + models + "/recipe.js:5)"
                + " also uses; the table is created once, without the columns of one of the two models (the Node provider and sync() alike)."
                + " To make RecipeIngredient the join table, write through: RecipeIngredient\n", fixture.err());

        // The model defined after both sides of the association: one warning for their one join model.
        write("recipe.js", """
                module.exports = (sequelize, DataTypes) => {
                  const Recipe = sequelize.define('Recipe', { title: DataTypes.STRING }, { timestamps: false });
                  const Ingredient = sequelize.define('Ingredient', { name: DataTypes.STRING }, { timestamps: false });
                  Recipe.belongsToMany(Ingredient, { through: 'RecipeIngredients' });
                  Ingredient.belongsToMany(Recipe, { through: 'RecipeIngredients' });
                  return Recipe;
                };
                """);
        write("recipe-ingredient.js", """
                module.exports = (sequelize, DataTypes) =>
                  sequelize.define('RecipeIngredient', { amount: DataTypes.INTEGER }, { timestamps: false });
                """);
        CliRun later = load("mysql");
        assertEquals(0, later.code(), later.err());
        List<String> warnings = later.err().lines().toList();
        assertEquals(1, warnings.size(), later.err());
        assertTrue(warnings.getFirst().matches("sequelize-ddl: warning: .*/models/recipe\\.js:4: Recipe\\.belongsToMany\\(Ingredient, "
                + "\\{ through: 'RecipeIngredients' \\}\\) defines a join model of its own for table RecipeIngredients, which model "
                + "RecipeIngredient \\(.*/models/recipe-ingredient\\.js:2\\) also uses; .* write through: RecipeIngredient"), warnings.getFirst());

        // Through the model itself, or its model name: one model for the table, no warning.
        Files.delete(tmp.resolve("models/recipe-ingredient.js"));
        for (String through : List.of("sequelize.models.RecipeIngredient", "'RecipeIngredient'")) {
            write("recipe.js", """
                    module.exports = (sequelize, DataTypes) => {
                      const Recipe = sequelize.define('Recipe', { title: DataTypes.STRING }, { timestamps: false });
                      const Ingredient = sequelize.define('Ingredient', { name: DataTypes.STRING }, { timestamps: false });
                      sequelize.define('RecipeIngredient', { amount: DataTypes.INTEGER }, { timestamps: false });
                      Recipe.belongsToMany(Ingredient, { through: THROUGH });
                      return Recipe;
                    };
                    """.replace("THROUGH", through));
            CliRun fixed = load("mysql");
            assertEquals(0, fixed.code(), fixed.err());
            assertEquals("", fixed.err(), through);
            assertTrue(fixed.out().contains("`amount` INTEGER, `RecipeId` INTEGER"), fixed.out());
        }
    }

    /**
     * An index.js requiring every other file by name is loaded with them, and what it adds applies (c81, c82
     * pin the schemas). When it cannot be loaded — bezkoder's tutorial layout: it reads ../config, outside
     * --path — the model files are printed as the Node provider prints them, with one warning.
     */
    @Test
    void anIndexJsRequiringEveryFileIsLoadedWithThemOrWarnedAbout() throws Exception {
        write("index.js", "const Sequelize = require('sequelize');\n"
                + "const config = require('../config/db.config.js');\n"
                + "const sequelize = new Sequelize(config.DB, config.USER, config.PASSWORD, { dialect: config.dialect });\n"
                + "module.exports = { sequelize, tutorials: require('./tutorial.model.js')(sequelize, Sequelize) };\n");
        write("tutorial.model.js", "module.exports = (sequelize, Sequelize) => sequelize.define('tutorial', { title: Sequelize.STRING });\n");
        CliRun modelFiles = load("postgres");
        assertEquals(0, modelFiles.code(), modelFiles.err());
        assertTrue(modelFiles.out().startsWith("CREATE TABLE IF NOT EXISTS \"tutorials\""), modelFiles.out());
        assertEquals(1, modelFiles.err().lines().count(), modelFiles.err());
        assertTrue(modelFiles.err().matches("sequelize-ddl: warning: \\S*index.js: not loaded \\(Cannot find module '../config/db.config.js'.*--root DIR.*\\); "
                + "the models are printed without what it adds \\(associations\\)\\n"), modelFiles.err());

        Files.delete(tmp.resolve("models/tutorial.model.js"));
        write("index.js", "const { Sequelize, DataTypes } = require('sequelize');\n"
                + "const { link } = require('./link-setup');\n"
                + "const sequelize = new Sequelize('sqlite::memory:');\n"
                + "sequelize.define('team', { name: DataTypes.STRING }, { timestamps: false });\n"
                + "sequelize.define('player', { name: DataTypes.STRING }, { timestamps: false });\n"
                + "link(sequelize);\n"
                + "module.exports = sequelize;\n");
        write("link-setup.js", "exports.link = (sequelize) => sequelize.models.player.belongsTo(sequelize.models.team);\n");
        CliRun entry = load("postgres", "--verbose");
        assertEquals(0, entry.code(), entry.err());
        assertTrue(entry.out().contains("\"teamId\" INTEGER REFERENCES \"teams\" (\"id\")"), entry.out());
        assertTrue(entry.err().contains("link-setup.js: skipped, defines no model (exports an object (link))"), entry.err());
        assertTrue(entry.err().contains("index.js: defines team, player when required"), entry.err());

        write("index.js", "module.exports = 1;\n");
        CliRun none = load("postgres");
        assertEquals(1, none.code(), none.out());
        assertEquals("", none.out());
        assertTrue(none.err().contains("link-setup.js defines no model"), none.err());
    }
}
