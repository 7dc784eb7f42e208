'use strict';
// Word inflection exactly as Sequelize 6 uses it: inflection 1.13.4's pluralize / singularize /
// underscore, and Sequelize's own Utils.camelize. The rule tables are data: patterns are tried
// top-down (case-insensitive, global), the first match wins, and a rule without replacement means
// "already in the wanted form". Uncountables are compared against the whole lower-cased word.

const UNCOUNTABLE = new Set((
  'accommodation adulthood advertising advice aggression aid air aircraft alcohol anger applause ' +
  'arithmetic assistance athletics bacon baggage beef biology blood botany bread butter carbon ' +
  'cardboard cash chalk chaos chess crossroads countryside dancing deer dignity dirt dust economics ' +
  'education electricity engineering enjoyment envy equipment ethics evidence evolution fame fiction ' +
  'flour flu food fuel fun furniture gallows garbage garlic genetics gold golf gossip gratitude grief ' +
  'guilt gymnastics happiness hardware harm hate hatred health heat help homework honesty honey ' +
  'hospitality housework humour hunger hydrogen ice importance inflation information innocence iron ' +
  'irony jam jewelry judo karate knowledge lack laughter lava leather leisure lightning linguine ' +
  'linguini linguistics literature litter livestock logic loneliness luck luggage macaroni machinery ' +
  'magic management mankind marble mathematics mayonnaise measles methane milk minus money mud music ' +
  'mumps nature news nitrogen nonsense nurture nutrition obedience obesity oxygen pasta patience ' +
  'physics poetry pollution poverty pride psychology publicity punctuation quartz racism relaxation ' +
  'reliability research respect revenge rice rubbish rum safety scenery seafood seaside series shame ' +
  'sheep shopping sleep smoke smoking snow soap software soil spaghetti species steam stuff stupidity ' +
  'sunshine symmetry tennis thirst thunder timber traffic transportation trust underwear unemployment ' +
  'unity validity veal vegetation vegetarianism vengeance violence vitality warmth wealth weather ' +
  'welfare wheat wildlife wisdom yoga zinc zoology ' +  '').trim().split(' '));

const re = (s) => new RegExp(s, 'gi');

// Patterns shared by both tables (inflection names its regexes after the word they recognise).
const P = {
  men: re('^(m|wom)en$'), people: re('(pe)ople$'), children: re('(child)ren$'), tia: re('([ti])a$'),
  analyses: re('((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$'),
  databases: re('(database)s$'), drives: re('(drive)s$'), hives: re('(hi|ti)ves$'), curves: re('(curve)s$'),
  lrves: re('([lr])ves$'), aves: re('([a])ves$'), foves: re('([^fo])ves$'), movies: re('(m)ovies$'),
  aeiouyies: re('([^aeiouy]|qu)ies$'), series: re('(s)eries$'), xes: re('(x|ch|ss|sh)es$'),
  mice: re('([m|l])ice$'), buses: re('(bus)es$'), oes: re('(o)es$'), shoes: re('(shoe)s$'),
  crises: re('(cris|ax|test)es$'), octopuses: re('(octop|vir)uses$'),
  aliases: re('(alias|canvas|status|campus)es$'), summonses: re('^(summons|bonus)es$'), oxen: re('^(ox)en'),
  matrices: re('(matr)ices$'), vertices: re('(vert|ind)ices$'), feet: re('^feet$'), teeth: re('^teeth$'),
  geese: re('^geese$'), quizzes: re('(quiz)zes$'), whereases: re('^(whereas)es$'), criteria: re('^(criteri)a$'),
  genera: re('^genera$'), ss: re('ss$'), s: re('s$'),
};
const S = {
  man: re('^(m|wom)an$'), person: re('(pe)rson$'), child: re('(child)$'), drive: re('(drive)$'), ox: re('^(ox)$'),
  axis: re('(ax|test)is$'), octopus: re('(octop|vir)us$'), alias: re('(alias|status|canvas|campus)$'),
  summons: re('^(summons|bonus)$'), bus: re('(bu)s$'), buffalo: re('(buffal|tomat|potat)o$'), tium: re('([ti])um$'),
  sis: re('sis$'), ffe: re('(?:([^f])fe|([lr])f)$'), hive: re('(hi|ti)ve$'), aeiouyy: re('([^aeiouy]|qu)y$'),
  x: re('(x|ch|ss|sh)$'), matrix: re('(matr)ix$'), vertex: re('(vert|ind)ex$'), mouse: re('([m|l])ouse$'),
  foot: re('^foot$'), tooth: re('^tooth$'), goose: re('^goose$'), quiz: re('(quiz)$'), whereas: re('^(whereas)$'),
  criterion: re('^(criteri)on$'), genus: re('^genus$'), s: re('s$'), common: re('$'),
};

const keep = (names, table) => names.map((n) => [table[n]]);

const PLURAL_RULES = [
  ...keep(['men', 'people', 'children', 'tia', 'analyses', 'databases', 'drives', 'hives', 'curves', 'lrves',
    'foves', 'aeiouyies', 'series', 'movies', 'xes', 'mice', 'buses', 'oes', 'shoes', 'crises', 'octopuses',
    'aliases', 'summonses', 'oxen', 'matrices', 'feet', 'teeth', 'geese', 'quizzes', 'whereases', 'criteria',
    'genera'], P),
  [S.man, '$1en'], [S.person, '$1ople'], [S.child, '$1ren'], [S.drive, '$1s'], [S.ox, '$1en'],
  [S.axis, '$1es'], [S.octopus, '$1uses'], [S.alias, '$1es'], [S.summons, '$1es'], [S.bus, '$1ses'],
  [S.buffalo, '$1oes'], [S.tium, '$1a'], [S.sis, 'ses'], [S.ffe, '$1$2ves'], [S.hive, '$1ves'],
  [S.aeiouyy, '$1ies'], [S.matrix, '$1ices'], [S.vertex, '$1ices'], [S.x, '$1es'], [S.mouse, '$1ice'],
  [S.foot, 'feet'], [S.tooth, 'teeth'], [S.goose, 'geese'], [S.quiz, '$1zes'], [S.whereas, '$1es'],
  [S.criterion, '$1a'], [S.genus, 'genera'], [S.s, 's'], [S.common, 's'],
];

const SINGULAR_RULES = [
  ...keep(['man', 'person', 'child', 'drive', 'ox', 'axis', 'octopus', 'alias', 'summons', 'bus', 'buffalo',
    'tium', 'sis', 'ffe', 'hive', 'aeiouyy', 'x', 'matrix', 'mouse', 'foot', 'tooth', 'goose', 'quiz', 'whereas',
    'criterion', 'genus'], S),
  [P.men, '$1an'], [P.people, '$1rson'], [P.children, '$1'], [P.databases, '$1'], [P.drives, '$1'],
  [P.genera, 'genus'], [P.criteria, '$1on'], [P.tia, '$1um'], [P.analyses, '$1$2sis'], [P.hives, '$1ve'],
  [P.curves, '$1'], [P.lrves, '$1f'], [P.aves, '$1ve'], [P.foves, '$1fe'], [P.movies, '$1ovie'],
  [P.aeiouyies, '$1y'], [P.series, '$1eries'], [P.xes, '$1'], [P.mice, '$1ouse'], [P.buses, '$1'],
  [P.oes, '$1'], [P.shoes, '$1'], [P.crises, '$1is'], [P.octopuses, '$1us'], [P.aliases, '$1'],
  [P.summonses, '$1'], [P.oxen, '$1'], [P.matrices, '$1ix'], [P.vertices, '$1ex'], [P.feet, 'foot'],
  [P.teeth, 'tooth'], [P.geese, 'goose'], [P.quizzes, '$1'], [P.whereases, '$1'], [P.ss, 'ss'], [P.s, ''],
];

function applyRules(str, rules) {
  if (UNCOUNTABLE.has(str.toLowerCase())) return str;
  for (const [pattern, replacement] of rules) {
    if (str.match(pattern)) {
      return replacement === undefined ? str : str.replace(pattern, replacement);
    }
  }
  return str;
}

function pluralize(str) {
  return applyRules(str, PLURAL_RULES);
}

function singularize(str) {
  return applyRules(str, SINGULAR_RULES);
}

// inflection.underscore: "_" before every ASCII capital, one leading "_" dropped, "::" becomes "/".
function underscore(str) {
  return str.split('::').map((part) => part.replace(/([A-Z])/g, '_$1').replace(/^_/, '')).join('/').toLowerCase();
}

// Sequelize's Utils.camelize (not inflection's): trim, and upper-case the character after a run
// of "-", "_" or whitespace, dropping the run. A trailing run fails just like Sequelize's.
function camelize(str) {
  return str.trim().replace(/[-_\s]+(.)?/g, (match, c) => {
    if (c === undefined) throw new TypeError("Cannot read properties of undefined (reading 'toUpperCase')");
    return c.toUpperCase();
  });
}

function underscoredIf(str, condition) {
  return condition ? underscore(str) : str;
}

module.exports = { pluralize, singularize, underscore, camelize, underscoredIf, UNCOUNTABLE };
