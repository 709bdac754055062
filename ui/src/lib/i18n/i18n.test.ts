import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import { format, localeNames, locales, pickLocale } from './index.svelte';

const translations = { French: fr, Dutch: nl } as const;
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('message catalogues', () => {
  for (const [language, catalogue] of Object.entries(translations)) {
    it(`${language} has every English key and no other`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });

    it(`${language} keeps every placeholder of the English message`, () => {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholders(catalogue[key]), key).toEqual(placeholders(en[key]));
      }
    });

    it(`no ${language} message was left in English by mistake`, () => {
      const same = (Object.keys(en) as (keyof typeof en)[]).filter(
        (key) => en[key] === catalogue[key] && en[key].length > 12
      );
      expect(same).toEqual([]);
    });

    it(`no ${language} message is empty`, () => {
      const empty = (Object.keys(en) as (keyof typeof en)[]).filter((key) => catalogue[key].trim() === '');
      expect(empty).toEqual([]);
    });
  }
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
