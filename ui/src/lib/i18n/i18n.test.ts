import { describe, expect, it } from 'vitest';
import { FluentResource, type Message } from '@fluent/bundle';
import keysSource from './keys.ts?raw';
import { keysModule, messageId, messageIds, messageKey } from './ids.js';
import {
  bundle,
  format,
  localeNames,
  locales,
  pickLocale,
  setLocale,
  sources,
  t,
  translate,
  type MessageKey
} from './index.svelte';

type Pattern = NonNullable<Message['value']>;
type Expression = Exclude<Extract<Pattern, unknown[]>[number], string>;

/** The variables a message uses, selectors and arguments included. */
function variables(pattern: Pattern | null, into = new Set<string>()): Set<string> {
  if (pattern === null || typeof pattern === 'string') return into;
  for (const element of pattern) if (typeof element !== 'string') expression(element, into);
  return into;
}

function expression(element: Expression | { type: 'narg'; value: Expression }, into: Set<string>): void {
  switch (element.type) {
    case 'var':
      into.add(element.name);
      break;
    case 'select':
      expression(element.selector, into);
      for (const variant of element.variants) variables(variant.value, into);
      break;
    case 'func':
    case 'term':
      for (const argument of element.args) expression(argument, into);
      break;
    case 'narg':
      expression(element.value, into);
      break;
  }
}

/** Each message of a language's ui.ftl with the variables it uses. */
function catalogue(source: string): Map<string, string[]> {
  const resource = new FluentResource(source);
  const messages = new Map<string, string[]>();
  for (const entry of resource.body) {
    if (entry.id.startsWith('-')) continue;
    messages.set(entry.id, [...variables(entry.value)].sort());
  }
  return messages;
}

const english = catalogue(sources.en);
const translations = { French: 'fr', Dutch: 'nl' } as const;

describe('message catalogues (src-tauri/crates/messages/locales/*/ui.ftl)', () => {
  it('English has the page’s messages, each a `ui-` id that gives back its key', () => {
    expect(english.size).toBeGreaterThan(1000);
    for (const id of english.keys()) {
      const key = messageKey(id);
      expect(key, id).not.toBeNull();
      expect(messageId(key ?? ''), id).toBe(id);
    }
  });

  for (const locale of locales) {
    it(`${locale}/ui.ftl reads whole: every message Fluent finds, and nothing it skips`, () => {
      // FluentResource drops what it cannot read; every `id =` line must have become a message.
      const ids = messageIds(sources[locale]);
      expect([...catalogue(sources[locale]).keys()]).toEqual(ids);
      expect(new Set(ids).size, 'a message defined twice').toBe(ids.length);
    });
  }

  for (const [language, locale] of Object.entries(translations)) {
    const translation = catalogue(sources[locale]);

    it(`${language} has every English message and no other`, () => {
      expect([...translation.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${language} uses the variables of the English message`, () => {
      for (const [id, names] of english) expect(translation.get(id), id).toEqual(names);
    });

    it(`no ${language} message was left in English by mistake`, () => {
      const same = [...english.keys()].filter((id) => {
        const key = messageKey(id) as MessageKey;
        const text = translate('en', key);
        return text.length > 12 && translate(locale, key) === text;
      });
      expect(same).toEqual([]);
    });

    it(`no ${language} message is empty`, () => {
      const empty = [...english.keys()].filter((id) => {
        const message = bundle(locale).getMessage(id);
        return !message?.value || bundle(locale).formatPattern(message.value, {}, []).trim() === '';
      });
      expect(empty).toEqual([]);
    });
  }

  it('keys.ts is the one `npm run messages` writes from en/ui.ftl', () => {
    expect(keysSource, 'keys.ts is stale: run `npm run messages` in ui/').toBe(keysModule(sources.en));
  });
});

describe('t', () => {
  it('renders the current language with its placeholders filled, numbers as written', () => {
    setLocale('fr');
    expect(t('activity.count', { shown: 20, total: 1234 })).toBe('20 sur 1234 entrées');
    setLocale('en');
    expect(t('activity.count', { shown: 20, total: 1234 })).toBe('20 of 1234 entries');
    expect(t('activity.exported', { rows: 0.5, path: '/tmp/a.csv' })).toBe('Exported 0.5 entries to /tmp/a.csv.');
  });

  it('reads escaped text as it was written', () => {
    expect(translate('en', 'member.redacted')).toBe('[redacted]');
    expect(translate('en', 'language.en+fr')).toBe('English and French side by side');
    expect(translate('en', 'word.redline_amendment').startsWith(' Accepting')).toBe(true);
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'activity.count', { shown: 2 })).toBe('2 of {$total} entries');
  });

  it('falls back to English, then to the key', () => {
    bundle('en').addResource(new FluentResource('ui-test-english_only = Only in English, { $n }\n'));
    expect(translate('nl', 'test.english_only' as MessageKey, { n: 3 })).toBe('Only in English, 3');
    expect(translate('fr', 'no.such.message' as MessageKey)).toBe('no.such.message');
  });
});

describe('locales', () => {
  it('offers Dutch in the language picker, under its own name', () => {
    expect(locales).toEqual(['en', 'fr', 'nl']);
    expect(localeNames.nl).toBe('Nederlands');
  });

  it('starts in the language chosen before, else the system’s when Pacta speaks it', () => {
    expect(pickLocale('nl', 'en-GB')).toBe('nl');
    expect(pickLocale('fr', 'nl-NL')).toBe('fr');
    expect(pickLocale(null, 'nl-NL')).toBe('nl');
    expect(pickLocale(null, 'nl-BE')).toBe('nl');
    expect(pickLocale(null, 'NL')).toBe('nl');
    expect(pickLocale(null, 'fr-CA')).toBe('fr');
    expect(pickLocale(null, 'de-DE')).toBe('en');
    expect(pickLocale('de', 'nl')).toBe('nl');
    expect(pickLocale('de', 'th-TH')).toBe('en');
  });
});

describe('format', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(format('{count} membres, {x}', { count: 3 })).toBe('3 membres, {x}');
  });
});
