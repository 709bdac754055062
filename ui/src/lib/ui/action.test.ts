import { describe, expect, it, vi } from 'vitest';
import { Failure, describe as describeError, type ApiError } from '$lib/ipc/client';
import { Action, action } from './action.svelte';

const refused: ApiError = { code: 'not_found', message: 'meeting 4 is not in this file', details: [] };

/** A promise the test settles by hand, to look at the action while the work is under way. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, no) => {
    resolve = ok;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('action', () => {
  it('is busy while the work runs and gives back its result', async () => {
    const saving = action();
    const work = deferred<number>();
    const running = saving.run(() => work.promise);
    expect(saving.busy).toBe(true);
    expect(saving.error).toBeNull();
    work.resolve(7);
    expect(await running).toBe(7);
    expect(saving.busy).toBe(false);
    expect(saving.error).toBeNull();
  });

  it('keeps the typed error of a failed command and gives back undefined', async () => {
    const saving = new Action();
    const result = await saving.run(async () => {
      throw new Failure(refused);
    });
    expect(result).toBeUndefined();
    expect(saving.busy).toBe(false);
    expect(saving.error).toEqual(refused);
  });

  it('turns any other throw into an internal error whose message is shown', async () => {
    const saving = action();
    await saving.run(async () => {
      throw new Error('Save the matrix first.');
    });
    expect(saving.error).toEqual({ code: 'internal', message: 'Save the matrix first.', details: [] });
    expect(describeError(saving.error!)).toBe('Save the matrix first.');
  });

  it('clears the previous error when it runs again', async () => {
    const saving = action();
    await saving.run(() => Promise.reject(new Failure(refused)));
    expect(saving.error).not.toBeNull();
    const work = deferred<string>();
    const again = saving.run(() => work.promise);
    expect(saving.error).toBeNull();
    work.resolve('ok');
    expect(await again).toBe('ok');
    expect(saving.error).toBeNull();
  });

  it('forgets the error when asked', async () => {
    const saving = action();
    await saving.run(() => Promise.reject(new Failure(refused)));
    saving.clear();
    expect(saving.error).toBeNull();
  });

  it('maps the thrown value as told, and null shows nothing', async () => {
    const localised = action({ toError: () => ({ ...refused, message: 'localised' }) });
    await localised.run(() => Promise.reject(new Failure(refused)));
    expect(localised.error?.message).toBe('localised');

    const quiet = action({ toError: () => null });
    expect(await quiet.run(() => Promise.reject(new Error('no')))).toBeUndefined();
    expect(quiet.error).toBeNull();
  });

  it('calls onError with the failure before busy falls, and not on success', async () => {
    const seen: { error: ApiError | null; busy: boolean }[] = [];
    const saving: Action = action({ onError: (error) => void seen.push({ error, busy: saving.busy }) });
    await saving.run(() => Promise.resolve(1));
    expect(seen).toEqual([]);
    await saving.run(() => Promise.reject(new Failure(refused)));
    expect(seen).toEqual([{ error: refused, busy: true }]);
    expect(saving.busy).toBe(false);
  });

  it('waits for onError before it settles', async () => {
    const after = vi.fn();
    const saving = action({ onError: () => new Promise<void>((done) => setTimeout(() => (after(), done()), 5)) });
    await saving.run(() => Promise.reject(new Failure(refused)));
    expect(after).toHaveBeenCalledOnce();
  });
});
