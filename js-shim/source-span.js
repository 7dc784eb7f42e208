'use strict';
// The last line of a call such as `sequelize.define(…)` or `User.init(…)`: from a stack frame's
// line/column, the line of the ")" that closes the first "(" at or after that position. A small
// scanner that skips strings, template literals, comments and (heuristically) regex literals.

function endLineOfCall(text, line, column) {
  let i = 0;
  for (let l = 1; l < line && i !== -1; l++) i = text.indexOf('\n', i) + 1;
  if (i <= 0 && line > 1) return line;
  i += Math.max(0, column - 1);
  let currentLine = line;
  let depth = 0;
  let started = false;
  let prev = '';
  const templates = []; // brace depth at which each open template literal's ${ } ends
  let braces = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '\n') {
      currentLine++;
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      i = text.indexOf('\n', i);
      if (i === -1) return line;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return line;
      currentLine += text.slice(i, end).split('\n').length - 1;
      i = end + 2;
      continue;
    }
    if (c === '"' || c === "'" || (c === '/' && /^$|[(,=:[!&|?{};+\-*%<>~^]$/.test(prev))) {
      i++;
      while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      prev = 'x';
      continue;
    }
    if (c === '`' || (c === '}' && templates.length && templates[templates.length - 1] === braces)) {
      if (c === '}') templates.pop();
      i++;
      while (i < text.length && text[i] !== '`' && !(text[i] === '$' && text[i + 1] === '{')) {
        if (text[i] === '\n') currentLine++;
        i += text[i] === '\\' ? 2 : 1;
      }
      if (text[i] === '$') {
        templates.push(braces);
        i += 2;
      } else {
        i++;
      }
      prev = 'x';
      continue;
    }
    if (c === '{') braces++;
    if (c === '}') braces--;
    if (c === '(') {
      depth++;
      started = true;
    } else if (c === ')' && started) {
      depth--;
      if (depth === 0) return currentLine;
    }
    if (!/\s/.test(c)) prev = c;
    i++;
  }
  return line;
}

module.exports = { endLineOfCall };
