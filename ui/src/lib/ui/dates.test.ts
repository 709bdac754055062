import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/index.svelte';
import { NO_DATE, formatDate, formatDateTime, formatTime } from './dates';

// Node reads TZ again each time it is set: each test may put the machine anywhere.
const locale = i18n.locale;

/** ICU versions differ in the spaces they put around times (U+202F before "AM"): compare plain ones. */
const plain = (text: string) => text.replace(/\s/gu, ' ');

function at(timeZone: string) {
  vi.stubEnv('TZ', timeZone);
}

beforeEach(() => at('UTC'));
afterEach(() => {
  vi.unstubAllEnvs();
  i18n.locale = locale;
});

describe('formatDate', () => {
  it('says a calendar day in the language asked', () => {
    expect(formatDate('2026-03-01', { dateStyle: 'medium' }, 'fr')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01', { dateStyle: 'long' }, 'en')).toBe('March 1, 2026');
    expect(formatDate('2026-03-01', { dateStyle: 'full' }, 'fr')).toMatch(/^dimanche,? 1 mars 2026$/);
    expect(formatDate('2026-11-25', undefined, 'en')).toBe('Nov 25, 2026');
  });

  it('takes a dateStyle by name', () => {
    expect(formatDate('2026-03-01', 'long', 'fr')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01', 'full', 'en')).toBe('Sunday, March 1, 2026');
    expect(formatDate('2026-03-01', 'short', 'fr')).toBe('01/03/2026');
  });

  it('keeps the day in every time zone (no UTC off-by-one)', () => {
    for (const timeZone of ['America/Los_Angeles', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'Asia/Bangkok', 'UTC']) {
      at(timeZone);
      expect(formatDate('2026-03-01', { dateStyle: 'medium' }, 'fr'), timeZone).toBe('1 mars 2026');
      expect(formatDate('2026-01-01', { dateStyle: 'long' }, 'en'), timeZone).toBe('January 1, 2026');
    }
  });

  it('uses the current language unless told', () => {
    i18n.locale = 'fr';
    expect(formatDate('2026-03-01')).toBe('1 mars 2026');
    i18n.locale = 'en';
    expect(formatDate('2026-03-01')).toBe('Mar 1, 2026');
  });

  it('takes the options of Intl', () => {
    expect(formatDate('2026-03-02', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }, 'en')).toBe('Mon, Mar 2, 2026');
    expect(formatDate('2026-03-02', {}, 'fr')).toBe('02/03/2026');
  });

  it('reads a date-time as the day of that moment on the reader’s clock', () => {
    at('Asia/Bangkok');
    expect(formatDate('2026-02-28T20:00:00Z', { dateStyle: 'medium' }, 'fr')).toBe('1 mars 2026');
    at('America/Los_Angeles');
    expect(formatDate('2026-03-01T06:00:00Z', { dateStyle: 'medium' }, 'fr')).toBe('28 févr. 2026');
  });

  it('shows a dash for no date and leaves what is not a date as it is', () => {
    expect(formatDate(null, undefined, 'en')).toBe(NO_DATE);
    expect(formatDate(undefined, undefined, 'en')).toBe('—');
    expect(formatDate('', undefined, 'en')).toBe('—');
    expect(formatDate('someday', undefined, 'en')).toBe('someday');
    expect(formatDate('2026-02-30', undefined, 'en')).toBe('2026-02-30');
    expect(formatDate('2026-13-01', undefined, 'en')).toBe('2026-13-01');
  });
});

describe('formatDateTime', () => {
  it('says the moment on the reader’s clock, in the language’s usual form', () => {
    expect(formatDateTime('2026-03-01T09:05:00Z', undefined, 'fr')).toBe('01/03/2026 09:05:00');
    expect(plain(formatDateTime('2026-03-01T09:05:00Z', undefined, 'en'))).toBe('3/1/2026, 9:05:00 AM');
    at('Asia/Bangkok');
    expect(formatDateTime('2026-03-01T09:05:00Z', undefined, 'fr')).toBe('01/03/2026 16:05:00');
  });

  it('takes the options of Intl', () => {
    expect(plain(formatDateTime('2026-11-25T10:00:00Z', { dateStyle: 'long', timeStyle: 'short' }, 'fr'))).toBe('25 novembre 2026 à 10:00');
  });

  it('shows a dash for no moment and leaves what is not one as it is', () => {
    expect(formatDateTime(null, undefined, 'en')).toBe('—');
    expect(formatDateTime('not a date', undefined, 'fr')).toBe('not a date');
  });
});

describe('formatTime', () => {
  it('says the time of day in the language asked', () => {
    expect(formatTime(new Date('2026-03-01T14:05:09Z'), 'fr')).toBe('14:05:09');
    expect(plain(formatTime(new Date('2026-03-01T14:05:09Z'), 'en'))).toBe('2:05:09 PM');
  });
});
