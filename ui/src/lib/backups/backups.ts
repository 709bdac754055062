import { formatDate, formatDateTime } from '$lib/ui/dates';

/** A backup's moment for people: "25 November 2026, 10:00" in the reader's language. */
export function takenOn(iso: string, locale: string): string {
  return formatDateTime(iso, { dateStyle: 'long', timeStyle: 'short' }, locale);
}

/** A day (`YYYY-MM-DD`, from an automatic backup's name) in the reader's language. */
export function backupDay(day: string, locale: string): string {
  return formatDate(day, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }, locale);
}

/** The name offered in the save dialog: the partnership file's name and today's date. */
export function suggestedBackupName(filePath: string, today: Date): string {
  const file = filePath.split(/[\\/]/).pop() ?? '';
  const stem = file.replace(/\.pacta$/i, '') || 'partnership';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `${stem} (backup ${day}).pacta`;
}

/** What the File menu asked the page for, from `?do=` in the address. */
export type MenuIntent = 'backup' | 'restore';

export function menuIntent(search: URLSearchParams): MenuIntent | null {
  const wanted = search.get('do');
  return wanted === 'backup' || wanted === 'restore' ? wanted : null;
}
