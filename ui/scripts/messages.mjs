// `npm run messages`: writes src/lib/i18n/keys.ts, the `MessageKey` type, from the English
// catalogue src-tauri/crates/messages/locales/en/ui.ftl. Run it after adding, renaming or
// removing a UI message; src/lib/i18n/i18n.test.ts fails while keys.ts is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { keysModule } from '../src/lib/i18n/ids.js';

const english = fileURLToPath(new URL('../../src-tauri/crates/messages/locales/en/ui.ftl', import.meta.url));
const target = fileURLToPath(new URL('../src/lib/i18n/keys.ts', import.meta.url));

const text = keysModule(readFileSync(english, 'utf8'));
let before = null;
try {
  before = readFileSync(target, 'utf8');
} catch {
  // First run.
}
if (before === text) {
  console.log('keys.ts is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
