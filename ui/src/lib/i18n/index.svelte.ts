import { en, type MessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export type Locale = 'en' | 'fr' | 'nl';
export const locales: Locale[] = ['en', 'fr', 'nl'];
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', nl: 'Nederlands' };

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fr, nl };
const STORAGE_KEY = 'pacta.locale';

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
  return format(catalogues[i18n.locale][key] ?? en[key], params);
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

export { en, fr, nl, type MessageKey };
