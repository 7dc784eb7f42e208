#!/usr/bin/env node
'use strict';
// Writes toposort.json next to this file: random model graphs (references by table name, schema
// tables, phantom targets, self references, duplicate edges, two models on one table, cycles)
// defined in real Sequelize 6.37.8, each model as {name, table: getTableName(), refs: the
// references.model of its attributes}, and the order the provider emits:
// getModelsTopoSortedByForeignKey().reverse() model names, or null on a cycle.
// TopoSortTest replays it against ddl/TopoSort.
//
//   node src/test/resources/dev/sequelizeddl/ddl/toposort.js
// (uses test-fixtures/oracle/node_modules)

const path = require('path');
const fs = require('fs');
const ROOT = path.resolve(__dirname, '../../../../../..');
const NM = path.join(ROOT, 'test-fixtures/oracle/node_modules');
const Sequelize = require(path.join(NM, 'sequelize'));
const DataTypes = require(path.join(NM, 'sequelize/lib/data-types'));

// mulberry32: deterministic graphs
let seed = 20261125;
const rand = () => {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n) => Math.floor(rand() * n);

const graphs = [];
for (let g = 0; g < 300; g++) {
  const sequelize = new Sequelize({ dialect: 'postgres', logging: false });
  const n = 2 + pick(8);
  const cyclic = rand() < 0.25;
  const specs = [];
  for (let i = 0; i < n; i++) {
    const options = { timestamps: false, freezeTableName: true };
    let table = 'T' + i;
    if (rand() < 0.15) options.schema = 's' + pick(2);
    if (i > 0 && rand() < 0.08) table = specs[pick(i)].table; // two models on one table
    options.tableName = table;
    specs.push({ name: 'M' + i, table, options });
  }
  const models = [];
  specs.forEach((spec, i) => {
    const attributes = { name: DataTypes.STRING };
    const deps = pick(4);
    for (let d = 0; d < deps; d++) {
      let target;
      const r = rand();
      if (r < 0.1) target = 'Phantom' + pick(3);
      else if (r < 0.18) target = spec.table; // self reference
      else {
        // acyclic graphs only point to earlier-defined models; cyclic ones anywhere
        const j = cyclic ? pick(n) : (i === 0 ? -1 : pick(i));
        if (j < 0) continue;
        const t = specs[j];
        target = t.options.schema ? { tableName: t.table, schema: t.options.schema } : t.table;
      }
      attributes['ref' + d] = { type: DataTypes.INTEGER, references: { model: target, key: 'id' } };
    }
    models.push(sequelize.define(spec.name, attributes, spec.options));
  });
  // shuffle nothing: definition order is the model order
  const sorted = sequelize.modelManager.getModelsTopoSortedByForeignKey();
  graphs.push({
    models: sequelize.modelManager.models.map((m) => ({
      name: m.name,
      table: typeof m.getTableName() === 'string' ? m.getTableName() : { tableName: m.tableName, schema: m.getTableName().schema },
      refs: Object.values(m.rawAttributes).filter((a) => a.references).map((a) => a.references.model),
    })),
    order: sorted === null ? null : sorted.reverse().map((m) => m.name),
  });
}
fs.writeFileSync(path.join(__dirname, 'toposort.json'), JSON.stringify(graphs, null, 0).replace(/\},\{"models"/g, '},\n{"models"') + '\n');
console.log(`${graphs.length} graphs, ${graphs.filter((x) => x.order === null).length} cyclic`);
