#!/usr/bin/env node
'use strict';
// Writes fragments.json next to this file: for a matrix of small models ("probes"), the schema
// JSON (js-shim/record.js) and what real Sequelize 6.37.8's query generator returns for each
// piece the provider asks for: attributesToSQL per attribute, createTableQuery, addIndexQuery per
// index, and the cyclic pass' changeColumnQuery per referencing attribute. Errors are recorded
// as {error: message}. QueryGeneratorFragmentsTest replays it against the Java generators.
//
//   TZ=UTC node src/test/resources/dev/sequelizeddl/ddl/fragments.js
//   TZ=America/New_York node src/test/resources/dev/sequelizeddl/ddl/fragments.js
// (uses test-fixtures/oracle/node_modules)

const path = require('path');
const fs = require('fs');
const ROOT = path.resolve(__dirname, '../../../../../..');
const NM = path.join(ROOT, 'test-fixtures/oracle/node_modules');
const Sequelize = require(path.join(NM, 'sequelize'));
const DataTypes = require(path.join(NM, 'sequelize/lib/data-types'));
const { recordSchema } = require(path.join(ROOT, 'js-shim/record.js'));
const { installCreateTableCorrections } = require(path.join(ROOT, 'test-fixtures/oracle/corrections.js'));
const { Op, fn, col, literal, cast, where } = Sequelize;

// TZ=UTC writes fragments.json; another TZ (e.g. America/New_York) writes fragments-<TZ>.json with
// the date-sensitive probes only (DATEONLY and string dates are read in the process's time zone).
const TZ = process.env.TZ;
if (!TZ) throw new Error('set TZ (UTC for fragments.json)');
const TZ_PROBES = new Set(['Defaults', 'Edge', 'Dates']);
const OUT = TZ === 'UTC' ? 'fragments.json' : `fragments-${TZ.replace(/\//g, '_')}.json`;
console.warn = () => {};

const D = DataTypes;
const date = new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6));

// Each probe: [name, attributes, options]. Attributes are kept small so one throwing default
// does not hide the others (fragments are computed one attribute at a time).
const makeProbes = () => [
  ['Types1', {
    s1: D.STRING, s2: D.STRING(50), s3: D.STRING.BINARY, s4: D.STRING(20, true), c1: D.CHAR, c2: D.CHAR(3).BINARY,
    t1: D.TEXT, t2: D.TEXT('tiny'), t3: D.TEXT({ length: 'medium' }), t4: D.TEXT('long'), ci: D.CITEXT,
    i1: D.INTEGER, i2: D.INTEGER(11), i3: D.INTEGER.UNSIGNED, i4: D.INTEGER.ZEROFILL, i5: D.INTEGER(5).UNSIGNED.ZEROFILL,
    i6: D.INTEGER({ length: 10, unsigned: true, zerofill: true }), ti: D.TINYINT(1).UNSIGNED, si: D.SMALLINT, mi: D.MEDIUMINT(7).UNSIGNED,
    bi: D.BIGINT(20).UNSIGNED, f1: D.FLOAT, f2: D.FLOAT(11), f3: D.FLOAT(11, 2), f4: D.FLOAT.UNSIGNED, f5: D.FLOAT(11, 2).UNSIGNED.ZEROFILL,
    r1: D.REAL, r2: D.REAL(5, 2), r3: D.REAL(8).ZEROFILL, d1: D.DOUBLE, d2: D.DOUBLE(11, 2), d3: D.DOUBLE.UNSIGNED,
    de1: D.DECIMAL, de2: D.DECIMAL(10), de3: D.DECIMAL(10, 2), de4: D.NUMERIC(6, 3), de5: D.DECIMAL(10, 2).UNSIGNED,
    de6: D.DECIMAL(5, 2).ZEROFILL, de7: D.DECIMAL({ precision: 12 }), de8: D.DECIMAL({ scale: 3 }),
  }],
  ['Types2', {
    b: D.BOOLEAN, tm: D.TIME, dt1: D.DATE, dt2: D.DATE(6), don: D.DATEONLY, u: D.UUID, uv1: D.UUIDV1, uv4: D.UUIDV4, now: D.NOW,
    j: D.JSON, jb: D.JSONB, bl1: D.BLOB, bl2: D.BLOB('tiny'), bl3: D.BLOB('medium'), bl4: D.BLOB('long'), hs: D.HSTORE,
    ts: D.TSVECTOR, ine: D.INET, cidr: D.CIDR, mac: D.MACADDR, rg1: D.RANGE, rg2: D.RANGE(D.BIGINT), rg3: D.RANGE(D.DATE),
    a1: D.ARRAY(D.STRING), a2: D.ARRAY(D.DECIMAL(10, 2)), a3: D.ARRAY(D.BOOLEAN), a4: D.ARRAY(D.ARRAY(D.INTEGER(5).UNSIGNED)),
    a5: D.ARRAY(D.DATE), a6: D.ARRAY(D.TEXT), g1: D.GEOMETRY, g2: D.GEOMETRY('POINT'), g3: D.GEOMETRY('POINT', 4326),
    gg: D.GEOGRAPHY('POINT', 4326), v: D.VIRTUAL(D.STRING, ['s']), raw: 'VARCHAR(10)', raw2: { type: 'citext', allowNull: false },
    num: D.NUMBER, e1: D.ENUM('a', "it's"), e2: { type: D.ENUM, values: ['x', 'y'], defaultValue: 'y', allowNull: false },
  }],
  ['Defaults', {
    q1: { type: D.STRING, defaultValue: 'it\'s "q" \\ back' },
    q2: { type: D.STRING, defaultValue: 'line1\nline2\ttab\r\b\0\x1a' },
    q3: { type: D.STRING, defaultValue: '' },
    q4: { type: D.STRING, defaultValue: 7 },
    q5: { type: D.STRING, defaultValue: true },
    q6: { type: D.STRING, defaultValue: 'trueish' },
    q7: { type: D.STRING, defaultValue: 'a$b' },
    n1: { type: D.INTEGER, defaultValue: 42 },
    n2: { type: D.FLOAT, defaultValue: -1.5 },
    n3: { type: D.DOUBLE, defaultValue: 1e21 },
    n4: { type: D.REAL, defaultValue: '2.5' },
    n5: { type: D.FLOAT, defaultValue: 'abc' },
    n6: { type: D.FLOAT, defaultValue: NaN },
    n7: { type: D.DECIMAL(10, 2), defaultValue: '1.50' },
    n8: { type: D.BIGINT, defaultValue: 10n },
    n9: { type: D.INTEGER, defaultValue: '5' },
    n10: { type: D.FLOAT, defaultValue: Infinity },
    n11: { type: D.FLOAT, defaultValue: 0.1 },
    n12: { type: D.INTEGER, defaultValue: -0 },
    n13: { type: D.DOUBLE, defaultValue: 1.5e-7 },
    b1: { type: D.BOOLEAN, defaultValue: true },
    b2: { type: D.BOOLEAN, defaultValue: false },
    b3: { type: D.BOOLEAN, defaultValue: 'true' },
    b4: { type: D.BOOLEAN, defaultValue: 'false' },
    z1: { type: D.STRING, defaultValue: null },
    z2: { type: D.DATE, defaultValue: D.NOW },
    z3: { type: D.UUID, defaultValue: D.UUIDV4 },
    z4: { type: D.STRING, defaultValue: () => 'x' },
    z5: { type: D.UUID, defaultValue: D.UUIDV1 },
    dt1: { type: D.DATE, defaultValue: date },
    dt2: { type: D.DATE(3), defaultValue: date },
    dt3: { type: D.DATE, defaultValue: '2020-01-01 00:00:00' },
    dt4: { type: D.DATEONLY, defaultValue: date },
    dt5: { type: D.DATEONLY, defaultValue: '2020-03-04' },
    dt6: { type: D.STRING, defaultValue: date },
    dt7: { type: D.DATE, defaultValue: '2020-01-01T10:00:00+02:00' },
    dt8: { type: D.DATE, defaultValue: '2020-01-01T10:00:00.123456Z' },
    dt9: { type: D.DATE, defaultValue: '2020-06' },
    j1: { type: D.JSON, defaultValue: { a: 1, b: 'x"y', c: [1, null, true] } },
    j2: { type: D.JSONB, defaultValue: [1, 2] },
    j3: { type: D.JSON, defaultValue: 'str' },
    j4: { type: D.JSONB, defaultValue: {} },
    t1: { type: D.TEXT, defaultValue: 'long' },
    t2: { type: D.TEXT('tiny'), defaultValue: 'tiny' },
    bl1: { type: D.BLOB, defaultValue: 'b' },
    bl2: { type: D.BLOB('long'), defaultValue: Buffer.from('hi') },
    bl3: { type: D.STRING, defaultValue: Buffer.from('hi') },
    sb: { type: D.STRING.BINARY, defaultValue: 'bin' },
    ar1: { type: D.ARRAY(D.STRING), defaultValue: ['a', "b'c"] },
    ar2: { type: D.ARRAY(D.INTEGER), defaultValue: [] },
    ar3: { type: D.ARRAY(D.ENUM('r', 'w')), defaultValue: ['r'] },
    ar4: { type: D.ARRAY(D.ARRAY(D.INTEGER)), defaultValue: [[1, 2], [3]] },
    ar5: { type: D.ARRAY(D.FLOAT), defaultValue: [1.5, 2] },
    ar6: { type: D.ARRAY(D.DATE), defaultValue: [date] },
    rg: { type: D.RANGE(D.INTEGER), defaultValue: [1, 10] },
    ev: { type: D.ENUM('v1', 'v2'), defaultValue: 'v2', allowNull: false },
    uu: { type: D.UUID, defaultValue: '00000000-0000-0000-0000-000000000000' },
    tm: { type: D.TIME, defaultValue: '10:00:00' },
  }],
  ['Methods', {
    m1: { type: D.DATE, defaultValue: fn('NOW') },
    m2: { type: D.DATE, defaultValue: literal('CURRENT_TIMESTAMP') },
    m3: { type: D.STRING, defaultValue: fn('concat', 'a', col('b'), 'it\'s', 5, true, null) },
    m4: { type: D.INTEGER, defaultValue: cast('1', 'integer') },
    m5: { type: D.STRING, defaultValue: cast(5, 'text') },
    m6: { type: D.DATE, defaultValue: cast('2020-01-01', 'timestamp') },
    m7: { type: D.BOOLEAN, defaultValue: cast('1', 'boolean') },
    m8: { type: D.DOUBLE, defaultValue: cast('1', 'double precision') },
    m9: { type: D.STRING, defaultValue: fn('lower', fn('trim', col('x.y'))) },
    m10: { type: D.STRING, defaultValue: fn('coalesce', col('*'), literal('1')) },
    m11: { type: D.STRING, defaultValue: cast(fn('now'), 'varchar') },
    m12: { type: D.STRING, defaultValue: fn('f', { a: 1, b: { [Op.gt]: 2 } }) },
    m13: { type: D.STRING, defaultValue: fn('f', date, Buffer.from('z'), [1, 'a']) },
    m14: { type: D.STRING, defaultValue: where(col('a'), Op.gt, 5) },
    m15: { type: D.STRING, defaultValue: where(fn('lower', col('a')), 'x') },
    m16: { type: D.STRING, defaultValue: where(col('a'), null) },
    m17: { type: D.STRING, defaultValue: where(col('a'), true) },
    m18: { type: D.STRING, defaultValue: where(col('a'), Op.between, [1, 2]) },
    m19: { type: D.STRING, defaultValue: where(col('a'), { [Op.in]: [1, 2] }) },
  }],
  ['Flags', {
    id: { type: D.BIGINT, primaryKey: true, autoIncrement: true, comment: 'pk comment' },
    u1: { type: D.STRING, unique: true },
    u2: { type: D.STRING, unique: 'named_uq' },
    u3: { type: D.STRING, unique: { name: 'obj_uq', msg: 'm' } },
    c1: { type: D.INTEGER, comment: "it's a comment" },
    c2: { type: D.INTEGER, comment: 'has PRIMARY KEY inside' },
    nn: { type: D.INTEGER, allowNull: false, defaultValue: 3 },
    f1: { type: D.STRING, first: true },
    a1: { type: D.STRING, after: 'id' },
    fld: { type: D.STRING, field: 'the_field' },
    seq: { type: D.INTEGER, autoIncrement: false, unique: true, defaultValue: 'INTRO' },
    an: { type: D.INTEGER, allowNull: 0 },
  }, { comment: "Thing's table", engine: 'MyISAM', charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci', initialAutoIncrement: 1000, rowFormat: 'DYNAMIC' }],
  ['Refs', {
    authorId: { type: D.INTEGER, references: { model: 'Users', key: 'id' }, onDelete: 'cascade', onUpdate: 'restrict' },
    editorId: { type: D.INTEGER, allowNull: false, references: { model: 'Users' } },
    orgId: { type: D.INTEGER, references: { model: { tableName: 'Orgs', schema: 'core' }, key: 'org_id' }, onDelete: 'SET NULL' },
    pkRef: { type: D.INTEGER, primaryKey: true, references: { model: 'Users', key: 'id' }, comment: 'pk ref' },
    defRef: { type: D.INTEGER, defaultValue: 1, references: { model: 'Users', key: 'id' }, comment: 'mgr' },
    deferred: { type: D.INTEGER, references: { model: 'Users', key: 'id', deferrable: Sequelize.Deferrable.INITIALLY_DEFERRED } },
  }, { timestamps: false }],
  ['Composite', {
    a: { type: D.INTEGER, primaryKey: true },
    b: { type: D.STRING, primaryKey: true, allowNull: true },
    c: { type: D.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
  }, { uniqueKeys: { bc_unique: { fields: ['b', 'c'], customIndex: true }, ab: { fields: ['a', 'b'] } } }],
  ['Schemad', {
    code: { type: D.STRING(10), primaryKey: true },
    kind: D.ENUM('a', 'b'),
  }, { schema: 'app', schemaDelimiter: '_', uniqueKeys: [{ fields: ['code', 'kind'], customIndex: true }] }],
  ['Schemad2', { code: D.STRING }, { schema: 'inv', indexes: [{ fields: ['code'] }, { fields: ['code'], name: 'x.y' }] }],
  ['Dotted', { code: D.STRING }, { tableName: 'a.b', indexes: [{ fields: ['code'] }] }],
  ['Edge', {
    o1: { type: D.STRING, defaultValue: { a: 1, b: 'x', c: [1, 2], 'd-e': null } },
    o2: { type: D.INTEGER, defaultValue: { a: 1 } },
    o3: { type: D.INTEGER, defaultValue: [1, 2] },
    o4: { type: D.FLOAT, defaultValue: true },
    o5: { type: D.FLOAT, defaultValue: [5] },
    o6: { type: D.BOOLEAN, defaultValue: 1 },
    o7: { type: D.DATE, defaultValue: 1577836800000 },
    o8: { type: D.DATE, defaultValue: new Date('nope') },
    o9: { type: D.JSON, defaultValue: { big: 1n } },
    o10: { type: D.JSON, defaultValue: { when: date, buf: Buffer.from('a'), f: () => 1 } },
    o11: { type: D.ENUM(1, 2), defaultValue: 2 },
    o12: { type: D.STRING, defaultValue: literal(5) },
    o13: { type: D.STRING, defaultValue: fn('f', 'a$b$$c') },
    o14: { type: D.STRING, comment: 'multi\nline' },
    o15: { type: D.STRING, defaultValue: '\u2028x\u00a0' },
    o16: { type: D.DATEONLY, defaultValue: new Date(Date.UTC(2020, 0, 1, 23, 59, 59)) },
    o17: { type: D.TEXT('TINY'), defaultValue: 'x' },
    o18: { type: D.STRING(10).BINARY, defaultValue: 'b', unique: true },
    o19: { type: D.STRING, defaultValue: [[1, 'a'], 'b'] },
    o20: { type: D.DECIMAL(8, 2), defaultValue: 1.5 },
    o21: { type: D.CHAR(2), defaultValue: 7 },
    o22: { type: D.UUID, primaryKey: true, defaultValue: D.UUIDV4 },
    o23: { type: D.INTEGER, defaultValue: date },
    o24: { type: D.FLOAT, defaultValue: date },
    g1: { type: D.GEOMETRY, defaultValue: { type: 'Point', coordinates: [1, 2.5] } },
    g2: { type: D.GEOMETRY('POINT'), defaultValue: { type: 'Point', coordinates: [1, 2, 3] } },
    g3: { type: D.GEOMETRY, defaultValue: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]], [[0.1, 0.1], [0.2, 0.1], [0.1, 0.1]]] } },
    g4: { type: D.GEOGRAPHY, defaultValue: { type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]] } },
    g5: { type: D.GEOMETRY, defaultValue: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [] }, { type: 'LineString', coordinates: [[1, 2, 3], [4, 5, 6]] }] } },
    g6: { type: D.GEOMETRY, defaultValue: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [0, 0]]]] } },
    g7: { type: D.GEOMETRY, defaultValue: { type: 'Foo' } },
    g8: { type: D.GEOMETRY, defaultValue: { type: 'MultiPoint', coordinates: [[1e21, 0.1], [-0, 5]] } },
  }, { timestamps: false }],
  ['Dates', {
    d0: { type: D.DATE, defaultValue: '2020-01-01T10:00:00+0200' },
    o0: { type: D.DATEONLY, defaultValue: '2020-01-01T10:00:00+0200' },
    d1: { type: D.DATE, defaultValue: '2020-01-01 10:00' },
    o1: { type: D.DATEONLY, defaultValue: '2020-01-01 10:00' },
    d2: { type: D.DATE, defaultValue: '2020-01-01T10' },
    o2: { type: D.DATEONLY, defaultValue: '2020-01-01T10' },
    d3: { type: D.DATE, defaultValue: '2020-01-01T10:00:00,5' },
    o3: { type: D.DATEONLY, defaultValue: '2020-01-01T10:00:00,5' },
    d4: { type: D.DATE, defaultValue: ' 2020-01-01' },
    o4: { type: D.DATEONLY, defaultValue: ' 2020-01-01' },
    d5: { type: D.DATE, defaultValue: '2020-13-01' },
    o5: { type: D.DATEONLY, defaultValue: '2020-13-01' },
    d6: { type: D.DATE, defaultValue: '2020-02-30' },
    o6: { type: D.DATEONLY, defaultValue: '2020-02-30' },
    d7: { type: D.DATE, defaultValue: '2020-01-01T25:00' },
    o7: { type: D.DATEONLY, defaultValue: '2020-01-01T25:00' },
    d8: { type: D.DATE, defaultValue: '2020-01-01 24:00:00' },
    o8: { type: D.DATEONLY, defaultValue: '2020-01-01 24:00:00' },
    d9: { type: D.DATE, defaultValue: '2020-01-01T10:00:00.1234567-05:30' },
    o9: { type: D.DATEONLY, defaultValue: '2020-01-01T10:00:00.1234567-05:30' },
    d10: { type: D.DATE, defaultValue: '2020-01-01T10:00:00 Z' },
    o10: { type: D.DATEONLY, defaultValue: '2020-01-01T10:00:00 Z' },
    d11: { type: D.DATE, defaultValue: '+002020-01-01' },
    o11: { type: D.DATEONLY, defaultValue: '+002020-01-01' },
    d12: { type: D.DATE, defaultValue: '2020-01-01T10:00:00-05' },
    o12: { type: D.DATEONLY, defaultValue: '2020-01-01T10:00:00-05' },
    d13: { type: D.DATE, defaultValue: '1969-12-31T23:59:59.999Z' },
    o13: { type: D.DATEONLY, defaultValue: '1969-12-31T23:59:59.999Z' },
    d14: { type: D.DATE, defaultValue: '0099-01-01' },
    o14: { type: D.DATEONLY, defaultValue: '0099-01-01' },
  }, { timestamps: false }],
  ['ModelRef', {
    refId: { type: D.INTEGER, references: { model: 'Edges' } },
    dotId: { type: D.INTEGER, references: { model: 'a.b', key: 'x.y' }, onUpdate: 'no action' },
  }, { timestamps: false, schema: 'hr', comment: 5 }],
  ['Idx2', { title: D.STRING, n: D.INTEGER }, {
    timestamps: false,
    indexes: [
      { name: "q'uo\"te", fields: [{ attribute: 'title', length: 5, collate: 'C', order: 'DESC' }] },
      { name: 'v1', fields: ['n'], where: { n: { [Op.any]: { [Op.values]: [1, 2] } } } },
      { name: 'v2', fields: ['n'], where: { 'a.b': 1, n: { [Op.in]: literal('(SELECT 1)') } } },
      { name: 'v3', fields: ['n'], where: { n: Buffer.from('ab'), title: { [Op.ne]: 'x' } } },
      { name: 'v4', fields: ['n'], where: { [Op.not]: [{ n: 1 }, { title: 'x' }] } },
      { name: 'v5', fields: ['n'], where: { [Op.or]: { n: [1, 2], title: { [Op.or]: ['a', 'b'] } } } },
      { name: 'v6', fields: ['n'], where: { n: { [Op.gt]: fn('abs', -5) }, title: where(col('n'), '!=', null) } },
      { name: 'v7', fields: ['n'], where: 'raw' },
      { name: 'v8', fields: ['n'], type: 'Unique', using: 'HASH' },
      { name: 'v9', fields: ['n', { name: 'title', operator: 'varchar_ops' }], operator: 'int4_ops' },
      { name: 'v10', fields: ['n'], where: { n: { [Op.not]: [1, 2] }, title: { [Op.not]: true } } },
      { name: 'v11', fields: [literal('n DESC')] },
    ],
  }],
  ['Idx', {
    title: D.STRING, status: D.STRING, authorId: D.INTEGER, body: D.TEXT, geo: D.GEOMETRY, data: D.JSONB, n: D.INTEGER,
  }, {
    indexes: [
      { name: 'custom_name', fields: [{ name: 'title', length: 10, order: 'DESC', collate: 'en_US' }, { attribute: 'status', order: 'ASC' }] },
      { fields: ['authorId'], using: 'BTREE' },
      { name: 'parser_idx', type: 'FULLTEXT', fields: ['body'], parser: 'ngram' },
      { type: 'SPATIAL', fields: ['geo'] },
      { fields: [fn('lower', col('title'))] },
      { fields: ['data'], using: 'gin', operator: 'jsonb_path_ops' },
      { name: 'conc_idx', fields: ['title'], concurrently: true, unique: true },
      { fields: ['status'], type: 'unique' },
      { name: 'w1', fields: ['status'], where: { authorId: { [Op.gt]: 5 }, title: null } },
      { name: 'w2', fields: ['status'], where: { status: 'active' } },
      { name: 'w3', fields: ['status'], where: { [Op.or]: [{ n: 1 }, { n: { [Op.in]: [2, 3] } }, { title: 'a', status: 'b' }] } },
      { name: 'w4', fields: ['status'], where: { n: { [Op.ne]: null }, title: { [Op.not]: null }, status: { [Op.notIn]: ['x', "y'z"] } } },
      { name: 'w5', fields: ['status'], where: { n: { [Op.between]: [1, 5] }, authorId: { [Op.notBetween]: [2, 3] } } },
      { name: 'w6', fields: ['status'], where: { title: { [Op.like]: 'a%' }, status: { [Op.startsWith]: 'pre' }, body: { [Op.endsWith]: 'suf' } } },
      { name: 'w7', fields: ['status'], where: { title: { [Op.substring]: 'mid' }, n: { [Op.gte]: 1, [Op.lt]: 10 } } },
      { name: 'w8', fields: ['status'], where: { [Op.and]: [{ n: 1 }, { [Op.or]: { a: 1, b: 2 } }], [Op.not]: { n: 3 } } },
      { name: 'w9', fields: ['status'], where: { n: [1, 2, 3], title: { [Op.in]: [] }, status: { [Op.notIn]: [] } } },
      { name: 'w10', fields: ['status'], where: { n: 0, title: '', status: false, authorId: true } },
      { name: 'w11', fields: ['status'], where: { title: { [Op.col]: 'Idx.status' }, n: { [Op.eq]: literal('5') } } },
      { name: 'w12', fields: ['status'], where: { title: fn('lower', col('status')), n: literal('n > 1') } },
      { name: 'w13', fields: ['status'], where: where(fn('lower', col('title')), 'abc') },
      { name: 'w14', fields: ['status'], where: { '$a.b.c$': 1, created: date, n: { [Op.or]: [1, 2] } } },
      { name: 'w15', fields: ['status'], where: { [Op.or]: [] } },
      { name: 'w16', fields: ['status'], where: { n: { [Op.is]: null }, title: { [Op.regexp]: '^a' }, status: { [Op.iLike]: 'x' } } },
      { name: 'w17', fields: ['status'], where: {} },
      { name: 'w18', fields: ['status'], where: { n: { [Op.any]: [1, 2] }, authorId: { [Op.all]: [3] } } },
      { name: 'w19', fields: ['status'], where: { [Op.and]: { n: 1, title: 'x' } } },
      { name: 'w20', fields: ['status'], where: { n: { [Op.and]: [{ [Op.gt]: 1 }, { [Op.lt]: 5 }] } } },
      { name: 'w21', fields: ['status'], where: { n: { [Op.notLike]: 'x', [Op.notRegexp]: 'y' } } },
      { fields: [{ name: 'title', operator: 'text_pattern_ops' }, 'status'], prefix: 'custom.prefix' },
    ],
  }],
];

function capture(f) {
  try {
    return { sql: f() };
  } catch (e) {
    return { error: e.message };
  }
}

// What sequelize.sync() sends for the model: query-interface createTable with the model options
// (customIndex defaulted on options.uniqueKeys, else model.uniqueKeys), SQL captured from a stub.
function captureAsync(m) {
  return { deferred: m };
}

function run(dialect) {
  const sequelize = new Sequelize({ dialect, logging: false });
  const qg = sequelize.getQueryInterface().queryGenerator;
  // The documented differences (e), (n), (o) of createTableQuery (test-fixtures/oracle/corrections.js):
  // only whole boolean defaults are rewritten in SQLite, the text surgery does not look inside quoted
  // text, an SQLite INTEGER PRIMARY KEY keeps its DEFAULT, as in the expected files.
  installCreateTableCorrections(qg, dialect);
  const qi = sequelize.getQueryInterface();
  const models = [];
  const defineErrors = {};
  for (const [name, attrs, options] of makeProbes().filter(([n]) => TZ === 'UTC' || TZ_PROBES.has(n))) {
    try {
      models.push(sequelize.define(name, attrs, options || {}));
    } catch (e) {
      defineErrors[name] = e.message;
    }
  }
  const schema = recordSchema(dialect, models);
  const out = { schema, defineErrors, models: {} };
  for (const m of models) {
    const attrs = m.getAttributes();
    const r = { fragments: {}, fragmentsWithoutFks: {}, createTable: null, indexes: [], changeColumn: {} };
    for (const key of Object.keys(attrs)) {
      const one = { [key]: attrs[key] };
      r.fragments[key] = capture(() => Object.values(qg.attributesToSQL(one, { ...m.options, withoutForeignKeyConstraints: false }))[0]);
      r.fragmentsWithoutFks[key] = capture(() => Object.values(qg.attributesToSQL(one, { ...m.options, withoutForeignKeyConstraints: true }))[0]);
      if (attrs[key].references) {
        r.changeColumn[key] = capture(() => {
          const query = qg.attributesToSQL({ [key]: qi.normalizeAttribute(attrs[key]) }, { context: 'changeColumn', table: m.getTableName() });
          return qg.changeColumnQuery(m.getTableName(), query);
        });
      }
    }
    r.createTable = capture(() => {
      const attr = qg.attributesToSQL(attrs, { ...m.options, withoutForeignKeyConstraints: false });
      for (const k in attr) if (attr[k].startsWith('VIRTUAL')) delete attr[k];
      return qg.createTableQuery(m.getTableName(), attr, { ...m.options });
    });
    r.syncCreateTable = captureAsync(m);
    for (const index of m.options.indexes) {
      r.indexes.push(capture(() => qg.addIndexQuery(m.getTableName(), index)));
    }
    out.models[m.name] = r;
  }
  return { out, sequelize };
}

async function resolveSync(out, sequelize) {
  for (const r of Object.values(out.models)) {
    const m = r.syncCreateTable.deferred;
    let sql = null;
    sequelize.query = async (q) => { sql = q; return []; };
    try {
      await sequelize.getQueryInterface().createTable(m.getTableName(), m.getAttributes(), { ...m.options }, m);
      r.syncCreateTable = { sql };
    } catch (e) {
      r.syncCreateTable = { error: e.message };
    }
  }
}

(async () => {
  const result = {};
  for (const d of ['mysql', 'mariadb', 'sqlite', 'postgres', 'mssql']) {
    const { out, sequelize } = run(d);
    if (['mysql', 'mariadb', 'sqlite'].includes(d)) await resolveSync(out, sequelize);
    else for (const r of Object.values(out.models)) delete r.syncCreateTable;
    result[d] = out;
  }
  fs.writeFileSync(path.join(__dirname, OUT), JSON.stringify(result, null, 1) + '\n');
})();
