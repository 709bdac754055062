/** The page's rules for passphrases and the idle lock, kept apart from Svelte to be tested. */

/** The fewest characters a passphrase may have (pacta-api refuses shorter ones too). */
export const MIN_PASSPHRASE = 8;
/** The longest idle time that can be chosen, in minutes (pacta-api's bound). */
export const MAX_IDLE_MINUTES = 240;

export type PassphraseProblem = 'too_short' | 'mismatch';

/** Characters as the Rust side counts them (Unicode scalar values, not UTF-16 units). */
export function passphraseLength(passphrase: string): number {
  return [...passphrase].length;
}

/** What is wrong with a new passphrase typed twice, each problem by field; empty when fine. */
export function checkNewPassphrase(
  passphrase: string,
  confirmation: string
): Partial<Record<'passphrase' | 'confirmation', PassphraseProblem>> {
  const problems: Partial<Record<'passphrase' | 'confirmation', PassphraseProblem>> = {};
  if (passphraseLength(passphrase) < MIN_PASSPHRASE) problems.passphrase = 'too_short';
  if (confirmation !== passphrase) problems.confirmation = 'mismatch';
  return problems;
}

/** Whether `minutes` can be saved as the idle time (0 = never). */
export function idleMinutesValid(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_IDLE_MINUTES;
}

/**
 * Tracks the last key press or pointer movement and says when the idle time is up. The time
 * is read from the wall clock each time, so a computer that slept for an hour locks at once
 * on waking even though no timer ran meanwhile.
 */
export class IdleClock {
  private last: number;

  constructor(now: number) {
    this.last = now;
  }

  /** A key press, click, pointer movement or wheel turn. */
  activity(now: number): void {
    this.last = now;
  }

  /** Whether `minutes` (0 = never) have passed since the last activity. */
  idle(now: number, minutes: number): boolean {
    return minutes > 0 && now - this.last >= minutes * 60_000;
  }

  /** Milliseconds until the idle time is up (for the next check); `null` when it never is. */
  remaining(now: number, minutes: number): number | null {
    if (minutes <= 0) return null;
    return Math.max(0, this.last + minutes * 60_000 - now);
  }
}
