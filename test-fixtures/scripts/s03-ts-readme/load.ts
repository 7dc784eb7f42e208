#!/usr/bin/env ts-node-script

// import sequelize models you want to load
import User from "./models/user";
import Task from "./models/task";
import { loadModels } from "@ariga/ts-atlas-provider-sequelize/src/sequelize_schema";

console.log(loadModels("mysql", [User, Task]));
