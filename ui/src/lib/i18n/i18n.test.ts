import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { format } from './index.svelte';

describe('message catalogues', () => {
  it('French has every English key and no other', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('French keeps every placeholder of the English message', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('no French message was left in English by mistake', () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => en[key] === fr[key] && en[key].length > 12
    );
    expect(same).toEqual([]);
  });
});

describe('format', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(format('{count} membres, {x}', { count: 3 })).toBe('3 membres, {x}');
  });
});
