'use strict';
// Where and how each model was defined, recorded by wrapping Model.init (index.js load()):
//   frame(model)      the define() / init() call in the user's file: { path, line, column }
//   sourceOf(model)   { file (relative to root when inside it), line, endLine } of that call, for Java
//   locate(model)     "path:line" of the definition for warnings (a TypeScript model: its class), or null
//   definedBy(model)  the phase its init ran in: 'require' = while the files were required, 'factory' = in a
//                     provider-style factory call, 'app' = in the project's own init / registry code
//   definedIn(filename, models)  the names of those models whose call is in `filename`
//   classSpans        TypeScript models' class declarations (filled in after loading, `load` only)
// A second definition of a model name in one Sequelize instance from another file is an error (Sequelize
// would silently replace the first); a define() run again from the same file (sequelize-auto's
// init-models.js) replaces it, as in Sequelize.

function trackDefinitions({ Model, root, host, callerFrame, throwAt, endLineOfCall }) {
  const sources = new Map();
  const definedBy = new Map();
  let phase = 'require';
  const relative = (path) => (path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path);
  const originalInit = Model.init;
  const firstDefinition = new WeakMap();
  Model.init = function init(attributes, options) {
    const frame = callerFrame();
    const result = originalInit.call(this, attributes, options);
    if (frame) {
      sources.set(this, frame);
      const instance = this.sequelize;
      if (instance && typeof instance === 'object') {
        if (!firstDefinition.has(instance)) firstDefinition.set(instance, new Map());
        const seen = firstDefinition.get(instance);
        const before = seen.get(this.name);
        if (before && before.path !== frame.path) {
          throwAt(frame.path, frame.line, frame.column,
            `model '${this.name}' is already defined in ${relative(before.path)}:${before.line}; Sequelize would silently replace that definition with this one (rename one of the models)`);
        }
        if (!before) seen.set(this.name, frame);
      }
    }
    definedBy.set(this, phase);
    return result;
  };

  const spans = new Map();
  const sourceOf = (model) => {
    const frame = sources.get(model);
    if (!frame) return undefined;
    if (spans.has(model)) return spans.get(model);
    let endLine = frame.line;
    try {
      endLine = endLineOfCall(host.readFile(frame.path), frame.line, frame.column);
    } catch (e) {
      // unreadable: a one-line span
    }
    spans.set(model, { file: relative(frame.path), line: frame.line, endLine });
    return spans.get(model);
  };
  const classSpans = new Map();
  return {
    setPhase(kind) {
      phase = kind;
    },
    frame: (model) => sources.get(model),
    definedBy: (model) => definedBy.get(model),
    definedIn: (filename, models) => models.filter((m) => sources.has(m) && sources.get(m).path === filename).map((m) => m.name),
    sourceOf,
    classSpans,
    // TypeScript models: their class declaration is where they are defined.
    sourceOfModel: (model) => classSpans.get(model) || sourceOf(model),
    locate(model) {
      const frame = sources.get(model);
      if (frame) return `${frame.path}:${frame.line}`;
      const span = classSpans.get(model);
      return span ? `${root}/${span.file}:${span.line}` : null;
    },
  };
}

module.exports = { trackDefinitions };
