/**
 * The matrix editor's autosave: every edit is written to the working version shortly after
 * the last keystroke, one save at a time, and the page is not left with edits the file does
 * not hold. `edits` counts changes made, `savedEdits` those the file holds; the state is what
 * the status pill shows.
 *
 *   idle ──edit──▶ pending ──(700 ms, or save())──▶ saving ──ok──▶ saved
 *                     ▲                               │  └─ok, but edited meanwhile─▶ pending
 *                     └────────────edit───────────────┴─refused─▶ error (kept until a save succeeds)
 *
 * The command is passed in, so the machine runs (and is tested) without Tauri.
 */
import type { ApiError } from '$lib/ipc/client';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** A command's outcome as the bindings give it. */
export type SaveOutcome<T> = { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

export type AutosaveOptions<T> = {
  /** Writes what the grid holds now (called at once when a save starts); the command's outcome. */
  write: () => Promise<SaveOutcome<T>>;
  /** False while there is nothing to save to (not loaded yet, or the version is frozen). */
  writable: () => boolean;
  /** After a save that holds every edit: its answer (the matrix's findings). */
  onSaved?: (data: T) => void;
  /** After a refused save. */
  onRefused?: (error: ApiError) => void;
  /** How long after the last edit the save starts. */
  delay?: number;
};

/** What the guard needs of SvelteKit's `beforeNavigate` argument. */
export type Leaving = {
  type: string;
  cancel(): void;
  to: { url: URL } | null;
};

export const AUTOSAVE_DELAY = 700;

export class Autosave<T> {
  state = $state<SaveState>('idle');
  /** The last refusal, until a save succeeds or another version is loaded. */
  error = $state<ApiError | null>(null);

  #edits = 0;
  #savedEdits = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inflight: Promise<boolean> | null = null;
  /** After a refused save on leaving, a second try leaves without saving. */
  #leaveAnyway = false;
  readonly #options: AutosaveOptions<T>;

  constructor(options: AutosaveOptions<T>) {
    this.#options = options;
  }

  /** The grid holds edits the file does not. */
  get unsaved(): boolean {
    return this.#edits !== this.#savedEdits;
  }

  /** A save is waiting for its delay. */
  get scheduled(): boolean {
    return this.#timer !== undefined;
  }

  /** A save is under way. */
  get saving(): boolean {
    return this.#inflight !== null;
  }

  /** Reloads keep the grid's copy: unsaved edits, a save under way, or a refusal on screen. */
  get holdsEdits(): boolean {
    return this.unsaved || this.state === 'saving' || this.state === 'error';
  }

  /** An edit was made: the save waits for the next pause in typing. */
  edited(): void {
    this.#edits += 1;
    if (this.state !== 'pending') this.state = 'pending';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.save(), this.#options.delay ?? AUTOSAVE_DELAY);
  }

  /** Another version (or a fresh copy of this one) is on screen: nothing is owed to the file. */
  reset(): void {
    this.#edits = this.#savedEdits = 0;
    this.state = 'idle';
    this.error = null;
  }

  /** Writes the grid to its version now; true when the file holds every edit. */
  async save(): Promise<boolean> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#options.writable()) return !this.unsaved;
    if (this.#inflight) await this.#inflight;
    if (!this.unsaved) return this.state !== 'error';
    const upTo = this.#edits;
    const written = this.#options.write();
    this.state = 'saving';
    const attempt = (async () => {
      const outcome = await written;
      if (outcome.status === 'ok') {
        this.#savedEdits = upTo;
        this.error = null;
        this.#leaveAnyway = false;
        const all = this.#edits === upTo;
        if (all) {
          this.state = 'saved';
          this.#options.onSaved?.(outcome.data);
        } else this.state = 'pending';
        return all;
      }
      this.error = outcome.error;
      this.state = 'error';
      this.#options.onRefused?.(outcome.error);
      return false;
    })();
    this.#inflight = attempt;
    try {
      return await attempt;
    } finally {
      if (this.#inflight === attempt) this.#inflight = null;
    }
  }

  /**
   * For `beforeNavigate`: leaving the app saves on the way out; going to another page waits
   * for the save and goes on when the file holds every edit. A refused save keeps the reader
   * on the page with the refusal; a second try leaves.
   */
  guard(leaving: Leaving, go: (url: URL) => unknown): void {
    if (this.#leaveAnyway || !this.#options.writable()) return;
    if (!this.unsaved && !this.#inflight) return;
    if (leaving.type === 'leave') {
      void this.save();
      return;
    }
    const to = leaving.to?.url;
    leaving.cancel();
    void this.save().then((saved) => {
      if (saved && to) void go(to);
      else this.#leaveAnyway = true;
    });
  }

  /** The window is hidden (closed, or the app quits): write what is owed. */
  flush(): void {
    if (this.unsaved) void this.save();
  }

  /** The page goes away: a save still waiting for its delay is made now. */
  dispose(): void {
    if (this.#timer) void this.save();
  }
}
