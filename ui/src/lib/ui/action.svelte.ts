/**
 * One action's busy and error state, for the pattern every form and button repeated:
 * `busy = true; error = null; try { … } catch (thrown) { error = asApiError(thrown) } finally
 * { busy = false }`. The error is the `ApiError` that `ErrorBanner` (and `describe`) turn
 * into a sentence in the reader's language.
 */
import { asApiError, type ApiError } from '$lib/ipc/client';

export type ActionOptions = {
  /** How a thrown value becomes the error shown (`asApiError` unless told); null shows none. */
  toError?: (thrown: unknown) => ApiError | null;
  /** After a failure is recorded, before `busy` falls: e.g. scrolling its banner into view. */
  onError?: (error: ApiError | null) => void | Promise<void>;
};

export class Action {
  /** True while a `run` is under way. */
  busy = $state(false);
  /** The last run's failure, null when it succeeded (or none ran yet). */
  error = $state<ApiError | null>(null);

  readonly #toError: (thrown: unknown) => ApiError | null;
  readonly #onError: ActionOptions['onError'];

  constructor(options: ActionOptions = {}) {
    this.#toError = options.toError ?? asApiError;
    this.#onError = options.onError;
  }

  /**
   * Runs `work` with `busy` set and the previous error cleared: its result, or `undefined`
   * when it threw (the failure is then in `error`).
   */
  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.error = null;
    try {
      return await work();
    } catch (thrown) {
      this.error = this.#toError(thrown);
      await this.#onError?.(this.error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** Forgets the last failure (a form opened again, a choice changed). */
  clear(): void {
    this.error = null;
  }
}

/** A new action state: `const saving = action(); await saving.run(() => unwrap(…))`. */
export function action(options?: ActionOptions): Action {
  return new Action(options);
}
