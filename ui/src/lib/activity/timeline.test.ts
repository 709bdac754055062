import { describe, expect, it } from 'vitest';
import { dayHeading, exportFileName, groupByDay, isFiltered, linkHref, localDay, localTime, NO_FILTERS, toQuery, utcOffsetMinutes } from './timeline';

const entry = (id: number, at: string) => ({ id, at });

describe('localDay and localTime', () => {
  it('reads an instant on the calendar the offset gives', () => {
    expect(localDay('2026-12-02T23:30:00Z', 0)).toBe('2026-12-02');
    expect(localDay('2026-12-02T23:30:00Z', 7 * 60)).toBe('2026-12-03');
    expect(localDay('2026-12-03T00:10:00Z', -5 * 60)).toBe('2026-12-02');
    expect(localTime('2026-12-02T23:30:00Z', 7 * 60)).toBe('06:30');
    expect(localTime('2026-12-02T23:30:00Z', 0)).toBe('23:30');
  });

  it('keeps an unreadable instant as its first ten characters', () => {
    expect(localDay('not a time', 60)).toBe('not a time');
    expect(localTime('not a time', 60)).toBe('');
  });

  it('gives the offset east of UTC', () => {
    const date = new Date('2026-12-01T12:00:00Z');
    expect(utcOffsetMinutes(date)).toBe(-date.getTimezoneOffset());
  });
});

describe('groupByDay', () => {
  it('groups consecutive entries of one day, newest first, keeping their order', () => {
    const entries = [
      entry(9, '2026-12-03T00:00:00Z'),
      entry(8, '2026-12-02T23:30:00Z'),
      entry(7, '2026-12-02T08:00:00Z'),
      entry(6, '2026-12-01T08:15:00Z')
    ];
    const utc = groupByDay(entries, 0);
    expect(utc.map((g) => [g.day, g.entries.map((e) => e.id)])).toEqual([
      ['2026-12-03', [9]],
      ['2026-12-02', [8, 7]],
      ['2026-12-01', [6]]
    ]);
    // At UTC+7 the 23:30 entry belongs to 3 December.
    const hanoi = groupByDay(entries, 7 * 60);
    expect(hanoi.map((g) => [g.day, g.entries.map((e) => e.id)])).toEqual([
      ['2026-12-03', [9, 8]],
      ['2026-12-02', [7]],
      ['2026-12-01', [6]]
    ]);
  });

  it('joins a day split across two loaded pages and handles nothing', () => {
    const first = [entry(3, '2026-12-02T10:00:00Z'), entry(2, '2026-12-02T09:00:00Z')];
    const second = [entry(1, '2026-12-02T08:00:00Z')];
    expect(groupByDay([...first, ...second], 0)).toEqual([{ day: '2026-12-02', entries: [...first, ...second] }]);
    expect(groupByDay([], 0)).toEqual([]);
  });
});

describe('dayHeading', () => {
  it('names the day in the reader’s language, whatever the time zone', () => {
    // The punctuation after the weekday varies between ICU versions.
    expect(dayHeading('2026-12-01', 'en-GB')).toMatch(/^Tuesday,? 1 December 2026$/);
    expect(dayHeading('2026-12-01', 'fr')).toMatch(/^mardi,? 1 décembre 2026$/);
    expect(dayHeading('garbage', 'fr')).toBe('garbage');
  });
});

describe('links and queries', () => {
  it('leads each kind to its page', () => {
    expect(linkHref({ kind: 'organisation', id: 4 })).toBe('/members/4');
    expect(linkHref({ kind: 'body', id: 2 })).toBe('/bodies/2');
    expect(linkHref({ kind: 'matrix', id: 1 })).toBe('/matrices/1');
    expect(linkHref({ kind: 'vote', id: 3 })).toBe('/votes/3');
  });

  it('sends blank filters as none, trimmed otherwise', () => {
    expect(toQuery({ ...NO_FILTERS, text: '  hà nội ', kind: 'body' }, 60, 41, 50)).toEqual({
      kind: 'body',
      actor: null,
      from: null,
      to: null,
      text: 'hà nội',
      before: 41,
      limit: 50,
      utc_offset_minutes: 60
    });
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, to: '2026-12-01' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, text: '   ' })).toBe(false);
  });

  it('names the export after the filters', () => {
    expect(exportFileName(NO_FILTERS, '2026-12-04')).toBe('activity-2026-12-04.csv');
    expect(exportFileName({ ...NO_FILTERS, from: '2026-12-01', to: '2026-12-03' }, 'x')).toBe('activity-2026-12-01-to-2026-12-03.csv');
    expect(exportFileName({ ...NO_FILTERS, kind: 'body', from: '2026-12-01' }, 'x')).toBe('activity-body-from-2026-12-01.csv');
  });
});
