-- The table Audit.legacyRef references (models/graph.js), which the app does not model: it exists already.
CREATE TABLE legacy_things (id INTEGER PRIMARY KEY);
