/** Pure helpers of the activity timeline: days on the reader's calendar, grouping, links. */

import type { HistoryOf, TimelineLink, TimelineQuery } from '$lib/ipc/bindings';
import { formatDate } from '$lib/ui/dates';

/** The record kinds the log knows, in the order the filter menu lists them. */
export const RECORD_KINDS = [
  'organisation',
  'representative',
  'membership',
  'body',
  'protocol',
  'vote',
  'agreement',
  'meeting',
  'matrix',
  'library_clause',
  'partnership'
] as const;

/** Minutes east of UTC on the reader's calendar at `now` (Paris in winter: 60). */
export function utcOffsetMinutes(now: Date = new Date()): number {
  return -now.getTimezoneOffset();
}

/** The day (`YYYY-MM-DD`) an RFC 3339 instant falls on, `offset` minutes east of UTC. */
export function localDay(at: string, offset: number): string {
  const instant = Date.parse(at);
  if (Number.isNaN(instant)) return at.slice(0, 10);
  return new Date(instant + offset * 60_000).toISOString().slice(0, 10);
}

/** `HH:MM` of an RFC 3339 instant, `offset` minutes east of UTC. */
export function localTime(at: string, offset: number): string {
  const instant = Date.parse(at);
  if (Number.isNaN(instant)) return '';
  return new Date(instant + offset * 60_000).toISOString().slice(11, 16);
}

export interface DayGroup<E> {
  day: string;
  entries: E[];
}

/**
 * Consecutive entries of the same day, in the order given (newest first): a day split across
 * two pages of "load more" joins into one group.
 */
export function groupByDay<E extends { at: string }>(entries: E[], offset: number): DayGroup<E>[] {
  const groups: DayGroup<E>[] = [];
  for (const entry of entries) {
    const day = localDay(entry.at, offset);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry] });
  }
  return groups;
}

/** A day heading in the reader's language: "Tuesday 1 December 2026". */
export function dayHeading(day: string, locale: string): string {
  return formatDate(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, locale);
}

const ROUTES: Record<HistoryOf, string> = {
  organisation: '/members',
  body: '/bodies',
  vote: '/votes',
  agreement: '/agreements',
  meeting: '/meetings',
  matrix: '/matrices'
};

/** The page of the record an entry leads to. */
export function linkHref(link: TimelineLink): string {
  return `${ROUTES[link.kind]}/${link.id}`;
}

/** The filters as the form holds them (strings; empty = not filtered). */
export interface FilterForm {
  kind: string;
  actor: string;
  from: string;
  to: string;
  text: string;
}

export const NO_FILTERS: FilterForm = { kind: '', actor: '', from: '', to: '', text: '' };

/** The query for one page of the timeline. */
export function toQuery(form: FilterForm, offset: number, before: number | null, limit: number): TimelineQuery {
  const value = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    kind: value(form.kind),
    actor: value(form.actor),
    from: value(form.from),
    to: value(form.to),
    text: value(form.text),
    before,
    limit,
    utc_offset_minutes: offset
  };
}

/** Whether any filter is set. */
export function isFiltered(form: FilterForm): boolean {
  return Object.values(form).some((value) => value.trim() !== '');
}

/** A file name for the exported timeline: `activity-2026-12-01-to-2026-12-03.csv`. */
export function exportFileName(form: FilterForm, today: string): string {
  const from = form.from.trim();
  const to = form.to.trim();
  const span = from && to ? `${from}-to-${to}` : from ? `from-${from}` : to ? `to-${to}` : today;
  const kind = form.kind.trim() ? `-${form.kind.trim()}` : '';
  return `activity${kind}-${span}.csv`;
}
