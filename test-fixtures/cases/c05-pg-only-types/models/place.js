'use strict';
module.exports = (sequelize, DataTypes) => {
  return sequelize.define('Place', {
    tags: DataTypes.ARRAY(DataTypes.STRING),
    scores: DataTypes.ARRAY(DataTypes.INTEGER),
    prices: DataTypes.ARRAY(DataTypes.DECIMAL(10, 2)),
    notes: DataTypes.ARRAY(DataTypes.TEXT),
    flags: DataTypes.ARRAY(DataTypes.BOOLEAN),
    dates: DataTypes.ARRAY(DataTypes.DATE),
    docs: DataTypes.ARRAY(DataTypes.JSONB),
    grid: DataTypes.ARRAY(DataTypes.ARRAY(DataTypes.INTEGER)),
    r0: DataTypes.RANGE,
    r1: DataTypes.RANGE(DataTypes.INTEGER),
    r2: DataTypes.RANGE(DataTypes.BIGINT),
    r3: DataTypes.RANGE(DataTypes.DECIMAL),
    r4: DataTypes.RANGE(DataTypes.DATE),
    r5: DataTypes.RANGE(DataTypes.DATEONLY),
    data: DataTypes.JSONB,
    attrs: DataTypes.HSTORE,
    search: DataTypes.TSVECTOR,
    ip: DataTypes.INET,
    net: DataTypes.CIDR,
    mac: DataTypes.MACADDR,
    g0: DataTypes.GEOMETRY,
    g1: DataTypes.GEOMETRY('POINT'),
    g2: DataTypes.GEOMETRY('POINT', 4326),
    g3: DataTypes.GEOMETRY({ type: 'POLYGON', srid: 3857 }),
    geo0: DataTypes.GEOGRAPHY,
    geo1: DataTypes.GEOGRAPHY('POINT', 4326),
    raw1: 'VARCHAR(10)',
    raw2: { type: 'citext', allowNull: false },
    label: {
      type: DataTypes.VIRTUAL(DataTypes.STRING, ['tags']),
      get() {
        return (this.tags || []).join(',');
      },
    },
    plain: DataTypes.VIRTUAL,
  }, { timestamps: false });
};
