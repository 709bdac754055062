/**
 * Dates and moments for people, in the reader's language. One place for what every screen
 * showed with its own copy of `toLocaleDateString`: a calendar day (`YYYY-MM-DD`, as the file
 * stores due dates, meeting days and signatures) is read as that day whatever the machine's
 * time zone, never as midnight UTC (which is the day before west of Greenwich).
 */
import { i18n } from '$lib/i18n/index.svelte';

/** What is shown for a date the record does not have. */
export const NO_DATE = '—';

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day `YYYY-MM-DD` as noon UTC that day, or null when it is not a real day. */
function calendarDay(text: string): Date | null {
  const match = CALENDAR_DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  // Date.UTC rolls 30 February over to 2 March: such a day is not a day.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** A `dateStyle` by name, or the options of `Intl.DateTimeFormat`. */
export type DateFormat = 'full' | 'long' | 'medium' | 'short' | Intl.DateTimeFormatOptions;

function optionsOf(format: DateFormat): Intl.DateTimeFormatOptions {
  return typeof format === 'string' ? { dateStyle: format } : format;
}

/**
 * A day: `2026-03-01` as "Mar 1, 2026" (`'medium'` unless told otherwise). A
 * calendar day is that day in every time zone; a date-time (`2026-03-01T09:00:00Z`) gives the
 * day of that moment on the reader's clock. No date gives "—"; text that is not a date is
 * shown as it is.
 */
export function formatDate(
  value: string | null | undefined,
  format: DateFormat = 'medium',
  locale: string = i18n.locale
): string {
  if (!value) return NO_DATE;
  const options = optionsOf(format);
  if (CALENDAR_DAY.test(value)) {
    const day = calendarDay(value);
    return day ? day.toLocaleDateString(locale, { ...options, timeZone: 'UTC' }) : value;
  }
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? value : moment.toLocaleDateString(locale, options);
}

/**
 * A moment (an RFC 3339 date-time, as history entries and versions carry) on the reader's
 * clock: the language's usual date and time unless `options` say otherwise. No moment gives
 * "—"; text that is not a date-time is shown as it is.
 */
export function formatDateTime(
  value: string | null | undefined,
  options?: Intl.DateTimeFormatOptions,
  locale: string = i18n.locale
): string {
  if (!value) return NO_DATE;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? value : moment.toLocaleString(locale, options);
}

/** The time of day of a moment (now, unless told), in the reader's language: "14:05:09". */
export function formatTime(moment: Date = new Date(), locale: string = i18n.locale): string {
  return moment.toLocaleTimeString(locale);
}
