// A single-page app inside the Tauri window: no server rendering, no prerendering.
import { commands } from '$lib/ipc/bindings';
import { i18n } from '$lib/i18n/index.svelte';

export const ssr = false;
export const prerender = false;

/** Tells Rust the window's language before any page asks it for a sentence. */
export async function load(): Promise<void> {
  await commands.setLocale(i18n.locale);
}
