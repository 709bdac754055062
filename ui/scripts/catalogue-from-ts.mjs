// The one-time move of the page's catalogues (issue 14): reads the TypeScript catalogues
// ui/src/lib/i18n/{en,fr,nl}.ts as they were and writes the Fluent files
// src-tauri/crates/messages/locales/{en,fr,nl}/ui.ftl, then src/lib/i18n/keys.ts.
// Since the move the .ftl files are the catalogue and the .ts files are gone; this script
// stays so the step can be checked or replayed on a checkout from before it:
//
//   node scripts/catalogue-from-ts.mjs
//
// A key becomes the id `ui-` + key, `.` → `-` and `+` → `--` (src/lib/i18n/ids.js); `{name}`
// becomes `{ $name }`. Everything else Fluent would read differently is escaped: braces that
// are not placeholders, `[`, `*` or `.` opening a line, spaces at either end, empty values,
// line breaks. Every message is then read back through @fluent/bundle and must give the
// original text, or the script fails and writes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { keysModule, messageId, messageKey } from '../src/lib/i18n/ids.js';

const LANGUAGES = ['en', 'fr', 'nl'];
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const catalogueFile = (language) => here(`../src/lib/i18n/${language}.ts`);
const fluentFile = (language) => here(`../../src-tauri/crates/messages/locales/${language}/ui.ftl`);
const keysFile = here('../src/lib/i18n/keys.ts');

const HEADER = {
  en: 'The page’s words (ui/): every label, sentence and message the app’s window shows.',
  fr: 'Les mots de la page (ui/) : chaque libellé, phrase et message de la fenêtre de l’application.',
  nl: 'De woorden van de pagina (ui/): elk label, elke zin en elk bericht in het venster van de app.'
};

const COMMENT = [
  'Read by ui/src/lib/i18n/index.svelte.ts (@fluent/bundle) and compiled into Rust with the',
  'rest of the catalogue, whose tests check that en, fr and nl have the same messages with the',
  'same variables. t(\'member.redacted\') reads ui-member-redacted: `ui-`, then the key with',
  '`-` for each `.` and `--` for each `+`. After adding, renaming or removing a message here,',
  'run `npm run messages` in ui/ to regenerate src/lib/i18n/keys.ts.'
];

function fail(message) {
  console.error(`catalogue-from-ts: ${message}`);
  process.exit(1);
}

/** The object a catalogue module exports under its language's name. */
async function load(language) {
  const source = readFileSync(catalogueFile(language), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    reportDiagnostics: false
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  const catalogue = module[language];
  if (!catalogue || typeof catalogue !== 'object') fail(`${language}.ts exports no ${language}`);
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value !== 'string') fail(`${language}.ts: ${key} is not text`);
  }
  return /** @type {Record<string, string>} */ (catalogue);
}

const literal = (text) => `{ ${JSON.stringify(text)} }`;

/** One line of a value as Fluent text: placeholders as variables, the rest escaped. */
function line(text, key) {
  let out = '';
  let rest = text;
  // Spaces opening a line would be taken as indentation.
  const leading = /^ +/.exec(rest);
  if (leading) {
    out += literal(leading[0]);
    rest = rest.slice(leading[0].length);
  }
  // `[`, `*` and `.` opening a line start variants and attributes.
  if (/^[[*.]/.test(rest)) {
    out += literal(rest[0]);
    rest = rest.slice(1);
  }
  // Trailing spaces are trimmed from a message.
  const trailing = / +$/.exec(rest);
  const tail = trailing ? literal(trailing[0]) : '';
  if (trailing) rest = rest.slice(0, -trailing[0].length);
  out += rest.replace(/\{(\w+)\}|[{}]/g, (whole, name) => {
    if (name === undefined) return literal(whole);
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) fail(`${key}: {${name}} is no Fluent variable name`);
    return `{ $${name} }`;
  });
  out += tail;
  // An empty line would vanish.
  return out === '' ? literal('') : out;
}

/** The Fluent form of a value: on the id's line, or indented below it when it has several lines. */
function pattern(value, key) {
  if (value.includes('\r')) fail(`${key} holds a carriage return`);
  const lines = value.split('\n').map((text) => line(text, key));
  return lines.length === 1 ? ` ${lines[0]}` : `\n${lines.map((text) => `    ${text}`).join('\n')}`;
}

function fluent(language, english, catalogue) {
  const out = [
    ...[HEADER[language], ...COMMENT].map((text) => `### ${text}`.trimEnd()),
    ''
  ];
  let group = null;
  for (const key of Object.keys(english)) {
    const section = key.split('.')[0];
    if (group !== null && section !== group) out.push('');
    group = section;
    out.push(`${messageId(key)} =${pattern(catalogue[key], key)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Reads `text` back with @fluent/bundle: every key must give its value again. */
function check(language, text, catalogue) {
  const bundle = new FluentBundle(language, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(text));
  if (errors.length > 0) fail(`${language}: ${errors.join('; ')}`);
  for (const [key, value] of Object.entries(catalogue)) {
    const message = bundle.getMessage(messageId(key));
    if (!message?.value) fail(`${language}: ${messageId(key)} did not parse`);
    const names = [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const args = Object.fromEntries(names.map((name) => [name, `{${name}}`]));
    const problems = [];
    const back = bundle.formatPattern(message.value, args, problems);
    if (back !== value || problems.length > 0) {
      fail(`${language}: ${key} reads back as ${JSON.stringify(back)}, not ${JSON.stringify(value)}`);
    }
  }
}

const catalogues = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await load(l)])));
const english = catalogues.en;
const keys = Object.keys(english);

const ids = new Map();
for (const key of keys) {
  const id = messageId(key);
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) fail(`${key} gives ${id}, which is no Fluent id`);
  if (messageKey(id) !== key) fail(`${key} gives ${id}, which reads back as ${messageKey(id)}`);
  if (ids.has(id)) fail(`${key} and ${ids.get(id)} would both be ${id}`);
  ids.set(id, key);
}
for (const language of LANGUAGES.slice(1)) {
  const own = Object.keys(catalogues[language]);
  const missing = keys.filter((key) => !(key in catalogues[language]));
  const extra = own.filter((key) => !(key in english));
  if (missing.length > 0) fail(`${language}.ts lacks ${missing.join(', ')}`);
  if (extra.length > 0) fail(`${language}.ts has keys en.ts lacks: ${extra.join(', ')}`);
}

const texts = {};
for (const language of LANGUAGES) {
  texts[language] = fluent(language, english, catalogues[language]);
  check(language, texts[language], catalogues[language]);
}
/** Writes `text` unless the file already holds it (an unchanged .ftl must not rebuild Rust). */
function write(file, text) {
  let before = null;
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    // A new file.
  }
  if (before === text) return;
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
for (const language of LANGUAGES) write(fluentFile(language), texts[language]);
write(keysFile, keysModule(texts.en));
console.log(`${keys.length} messages in each language`);
