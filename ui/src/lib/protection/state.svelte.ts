import { goto } from '$app/navigation';
import {
  commands,
  events,
  unwrap,
  type PassphraseRequest,
  type ProtectionSettings
} from '$lib/ipc/client';
import { refresh, session } from '$lib/app/session.svelte';

/**
 * Encryption at rest as the page sees it: the protected file waiting for its passphrase (asked
 * to be opened, or locked) and the open file's protection settings.
 */
export const protection = $state<{
  request: PassphraseRequest | null;
  settings: ProtectionSettings | null;
  /** Set from the moment a lock is asked for, so the partnership is hidden at once. */
  locking: boolean;
}>({ request: null, settings: null, locking: false });

/** Whether the window shows the lock screen instead of the app. */
export function isLocked(): boolean {
  return protection.locking || protection.request?.reason === 'locked';
}

/** Where the page was when the file was locked, to go back there once it is unlocked. */
let resumeAt: string | null = null;

/** Hides everything the page knew of the partnership and leaves a neutral route. */
async function forgetPartnership(): Promise<void> {
  if (resumeAt === null && typeof location !== 'undefined') {
    resumeAt = location.pathname + location.search;
  }
  session.info = null;
  session.notice = null;
  session.revision += 1;
  await goto('/', { replaceState: true });
}

/** Reads the request and the settings again (after any change of the open file). */
export async function reloadProtection(): Promise<void> {
  const request = await commands.passphraseRequest();
  const settings = await commands.protectionSettings();
  protection.settings = settings.status === 'ok' ? settings.data : null;
  protection.request = request;
  if (request?.reason === 'locked') await forgetPartnership();
}

/** Follows the open file for the page's lifetime; returns the unsubscriber. */
export async function listenToProtection(): Promise<() => void> {
  const stop = await events.partnershipChanged.listen(() => void reloadProtection());
  await reloadProtection();
  return stop;
}

/** Locks the open file now: hidden at once, then closed by the app. */
export async function lockNow(): Promise<void> {
  protection.locking = true;
  try {
    protection.request = await unwrap(commands.lockPartnership());
    await forgetPartnership();
    await refresh();
  } finally {
    protection.locking = false;
  }
}

/** Opens the file waiting for its passphrase; throws the typed error (a wrong passphrase). */
export async function unlock(passphrase: string): Promise<void> {
  const request = protection.request;
  if (!request) return;
  await unwrap(commands.openProtectedPartnership(request.path, passphrase));
  protection.request = null;
  await Promise.all([refresh(), reloadProtection()]);
  // Back where the page was before the lock; a file just opened starts on its dashboard
  // (which also leaves the File page and its note about the passphrase).
  const target = request.reason === 'locked' ? (resumeAt ?? '/') : '/';
  resumeAt = null;
  await goto(target, { replaceState: true });
}

/** Gives up opening the file waiting for its passphrase. */
export async function dismiss(): Promise<void> {
  await commands.dismissPassphraseRequest();
  protection.request = null;
  resumeAt = null;
  await refresh();
}
