import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import enSource from '$messages/en/ui.ftl?raw';
import frSource from '$messages/fr/ui.ftl?raw';
import nlSource from '$messages/nl/ui.ftl?raw';
import { messageId } from './ids.js';
import type { MessageKey } from './keys';

export type Locale = 'en' | 'fr' | 'nl';
export const locales: Locale[] = ['en', 'fr', 'nl'];
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', nl: 'Nederlands' };

/**
 * The page's messages in each language: `ui.ftl` of Rust's catalogue
 * (src-tauri/crates/messages/locales/<language>/), the one both sides read.
 */
export const sources: Record<Locale, string> = { en: enSource, fr: frSource, nl: nlSource };
const STORAGE_KEY = 'pacta.locale';

const bundles: Partial<Record<Locale, FluentBundle>> = {};

/** The messages of `locale`, parsed the first time they are needed. */
export function bundle(locale: Locale): FluentBundle {
  let loaded = bundles[locale];
  if (!loaded) {
    // No isolation marks around values: the page lays out right-to-left names itself, and the
    // marks would end up in copied text and in the values tests compare.
    loaded = new FluentBundle(locale, { useIsolating: false });
    loaded.addResource(new FluentResource(sources[locale]));
    bundles[locale] = loaded;
  }
  return loaded;
}

/**
 * A number shown as JavaScript writes it (`1234`, `0.5`), as the catalogues always had it, yet
 * still a number to Fluent's plural selectors; `NUMBER($n)` in a message formats it for the
 * language.
 */
class PlainNumber extends FluentNumber {
  override toString(): string {
    return String(this.value);
  }
}

const ids = new Map<string, string>();
function idOf(key: string): string {
  let id = ids.get(key);
  if (id === undefined) {
    id = messageId(key);
    ids.set(key, id);
  }
  return id;
}

function render(locale: Locale, id: string, params: Record<string, string | number>): string | null {
  const fluent = bundle(locale);
  const message = fluent.getMessage(id);
  if (!message?.value) return null;
  const args: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(params)) {
    args[name] = typeof value === 'number' ? new PlainNumber(value) : value;
  }
  // A variable not given shows as `{$name}`; the error list keeps formatPattern from throwing.
  const errors: Error[] = [];
  return fluent.formatPattern(message.value, args, errors);
}

/**
 * The message `key` in `locale`: English when that language lacks it, the key itself when
 * English lacks it too.
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const id = idOf(key);
  return render(locale, id, params) ?? (locale === 'en' ? null : render('en', id, params)) ?? key;
}

/** The language to start in: the one chosen before, else the system's when Pacta speaks it. */
export function pickLocale(stored: string | null, system: string): Locale {
  if (stored && (locales as string[]).includes(stored)) return stored as Locale;
  const language = system.toLowerCase();
  if (language.startsWith('fr')) return 'fr';
  if (language.startsWith('nl')) return 'nl';
  return 'en';
}

function initialLocale(): Locale {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return pickLocale(stored, typeof navigator !== 'undefined' ? navigator.language : 'en');
}

export const i18n = $state({ locale: initialLocale() });

export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Fills `{name}` placeholders in a message. */
export function format(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/** The message for `key` in the current language. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(i18n.locale, key, params);
}

/** A country's name in the current language, from its ISO 3166 code. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([i18n.locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Sorts names the way readers of the current language expect. */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, i18n.locale, { sensitivity: 'base' });
}

export type { MessageKey };
