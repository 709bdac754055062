/**
 * The printed member directory's side in the page: the file name offered when it is saved,
 * in the language the document is printed in (which may differ from the window's).
 */
import type { Locale } from '$lib/ipc/client';
import { translate } from '$lib/i18n/index.svelte';

/** "Member directory 2026-12-07.pdf", "Ledenlijst 2026-12-07.pdf": the name, then the day `on` on this computer's calendar. */
export function directoryFileName(language: Locale, on: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${on.getFullYear()}-${pad(on.getMonth() + 1)}-${pad(on.getDate())}`;
  return `${translate(language, 'directory.file_name')} ${day}.pdf`;
}
