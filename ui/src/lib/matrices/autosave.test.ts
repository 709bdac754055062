import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '$lib/ipc/client';
import { AUTOSAVE_DELAY, Autosave, type Leaving, type SaveOutcome } from './autosave.svelte';

const refusal: ApiError = { code: 'invalid_matrix', message: 'row 2 has no label', details: [] };
const frozen: ApiError = { code: 'immutable', message: 'version 1 is frozen', details: [] };

/** A save command the test answers by hand, one call at a time. */
function command() {
  const calls: { answer: (outcome: SaveOutcome<string[]>) => void }[] = [];
  const write = vi.fn(
    () =>
      new Promise<SaveOutcome<string[]>>((answer) => {
        calls.push({ answer });
      })
  );
  return {
    write,
    calls,
    ok: (index: number, findings: string[] = []) => calls[index].answer({ status: 'ok', data: findings }),
    refuse: (index: number, error: ApiError = refusal) => calls[index].answer({ status: 'error', error })
  };
}

function machine(writable = () => true) {
  const saver = command();
  const onSaved = vi.fn();
  const onRefused = vi.fn();
  const autosave = new Autosave<string[]>({ write: saver.write, writable, onSaved, onRefused });
  return { autosave, saver, onSaved, onRefused };
}

/** Lets the promise callbacks queued so far run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

function leaving(type = 'link', to = 'http://localhost/matrices'): Leaving & { cancel: ReturnType<typeof vi.fn> } {
  return { type, cancel: vi.fn(), to: { url: new URL(to) } };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosave', () => {
  it('starts idle, with nothing owed', () => {
    const { autosave, saver } = machine();
    expect(autosave.state).toBe('idle');
    expect(autosave.unsaved).toBe(false);
    expect(autosave.holdsEdits).toBe(false);
    expect(saver.write).not.toHaveBeenCalled();
  });

  it('waits for a pause in typing, then saves once', async () => {
    const { autosave, saver, onSaved } = machine();
    autosave.edited();
    expect(autosave.state).toBe('pending');
    expect(autosave.scheduled).toBe(true);
    vi.advanceTimersByTime(AUTOSAVE_DELAY - 1);
    autosave.edited();
    vi.advanceTimersByTime(AUTOSAVE_DELAY - 1);
    expect(saver.write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(saver.write).toHaveBeenCalledOnce();
    expect(autosave.state).toBe('saving');
    expect(autosave.saving).toBe(true);
    expect(autosave.holdsEdits).toBe(true);
    saver.ok(0, ['no accountable']);
    await settle();
    expect(autosave.state).toBe('saved');
    expect(autosave.unsaved).toBe(false);
    expect(autosave.saving).toBe(false);
    expect(onSaved).toHaveBeenCalledWith(['no accountable']);
  });

  it('goes back to pending when edits arrive during a save, and saves them next', async () => {
    const { autosave, saver, onSaved } = machine();
    autosave.edited();
    const first = autosave.save();
    autosave.edited();
    saver.ok(0);
    expect(await first).toBe(false);
    expect(autosave.state).toBe('pending');
    expect(autosave.unsaved).toBe(true);
    expect(onSaved).not.toHaveBeenCalled();
    vi.advanceTimersByTime(AUTOSAVE_DELAY);
    expect(saver.write).toHaveBeenCalledTimes(2);
    saver.ok(1);
    await settle();
    expect(autosave.state).toBe('saved');
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('runs one save at a time: a second waits for the first', async () => {
    const { autosave, saver } = machine();
    autosave.edited();
    const first = autosave.save();
    autosave.edited();
    const second = autosave.save();
    await settle();
    expect(saver.write).toHaveBeenCalledOnce();
    saver.ok(0);
    expect(await first).toBe(false);
    await settle();
    expect(saver.write).toHaveBeenCalledTimes(2);
    saver.ok(1);
    expect(await second).toBe(true);
    expect(autosave.state).toBe('saved');
  });

  it('keeps a refusal until a save succeeds', async () => {
    const { autosave, saver, onRefused } = machine();
    autosave.edited();
    const saving = autosave.save();
    saver.refuse(0);
    expect(await saving).toBe(false);
    expect(autosave.state).toBe('error');
    expect(autosave.error).toEqual(refusal);
    expect(autosave.unsaved).toBe(true);
    expect(autosave.holdsEdits).toBe(true);
    expect(onRefused).toHaveBeenCalledWith(refusal);

    // Retrying without a change writes again.
    const retry = autosave.save();
    expect(saver.write).toHaveBeenCalledTimes(2);
    saver.ok(1);
    expect(await retry).toBe(true);
    expect(autosave.state).toBe('saved');
    expect(autosave.error).toBeNull();
  });

  it('answers at once when nothing is owed', async () => {
    const { autosave, saver } = machine();
    expect(await autosave.save()).toBe(true);
    expect(saver.write).not.toHaveBeenCalled();
    expect(autosave.state).toBe('idle');
  });

  it('writes nothing to a version that cannot take it', async () => {
    let writable = false;
    const { autosave, saver } = machine(() => writable);
    expect(await autosave.save()).toBe(true);
    autosave.edited();
    expect(await autosave.save()).toBe(false);
    expect(saver.write).not.toHaveBeenCalled();
    writable = true;
    const saving = autosave.save();
    saver.ok(0);
    expect(await saving).toBe(true);
  });

  it('forgets what was owed when another version is loaded', async () => {
    const { autosave, saver } = machine();
    autosave.edited();
    const saving = autosave.save();
    saver.refuse(0, frozen);
    await saving;
    autosave.reset();
    expect(autosave.state).toBe('idle');
    expect(autosave.error).toBeNull();
    expect(autosave.unsaved).toBe(false);
    expect(autosave.holdsEdits).toBe(false);
  });

  it('flushes owed edits when the window is hidden, and a waiting save when the page goes', async () => {
    const { autosave, saver } = machine();
    autosave.flush();
    autosave.dispose();
    expect(saver.write).not.toHaveBeenCalled();
    autosave.edited();
    autosave.dispose();
    expect(saver.write).toHaveBeenCalledOnce();
    expect(autosave.scheduled).toBe(false);
    saver.ok(0);
    await settle();
    autosave.edited();
    autosave.flush();
    expect(saver.write).toHaveBeenCalledTimes(2);
  });
});

describe('Autosave.guard', () => {
  it('lets the reader go when nothing is owed', () => {
    const { autosave } = machine();
    const go = vi.fn();
    const navigation = leaving();
    autosave.guard(navigation, go);
    expect(navigation.cancel).not.toHaveBeenCalled();
    expect(go).not.toHaveBeenCalled();
  });

  it('holds the navigation until the save lands, then goes on', async () => {
    const { autosave, saver } = machine();
    const go = vi.fn();
    autosave.edited();
    const navigation = leaving('link', 'http://localhost/agreements/3');
    autosave.guard(navigation, go);
    expect(navigation.cancel).toHaveBeenCalledOnce();
    expect(saver.write).toHaveBeenCalledOnce();
    saver.ok(0);
    await settle();
    expect(go).toHaveBeenCalledWith(new URL('http://localhost/agreements/3'));
  });

  it('keeps the reader on a refusal, and lets a second try leave', async () => {
    const { autosave, saver } = machine();
    const go = vi.fn();
    autosave.edited();
    const first = leaving();
    autosave.guard(first, go);
    saver.refuse(0);
    await settle();
    expect(first.cancel).toHaveBeenCalledOnce();
    expect(go).not.toHaveBeenCalled();

    const second = leaving();
    autosave.guard(second, go);
    expect(second.cancel).not.toHaveBeenCalled();
    expect(saver.write).toHaveBeenCalledOnce();
  });

  it('a later successful save guards again', async () => {
    const { autosave, saver } = machine();
    const go = vi.fn();
    autosave.edited();
    autosave.guard(leaving(), go);
    saver.refuse(0);
    await settle();
    const retry = autosave.save();
    saver.ok(1);
    await retry;
    autosave.edited();
    const again = leaving();
    autosave.guard(again, go);
    expect(again.cancel).toHaveBeenCalledOnce();
  });

  it('saves on the way out when the app is left, without holding it', () => {
    const { autosave, saver } = machine();
    autosave.edited();
    const navigation = leaving('leave');
    autosave.guard(navigation, vi.fn());
    expect(navigation.cancel).not.toHaveBeenCalled();
    expect(saver.write).toHaveBeenCalledOnce();
  });

  it('does not guard a frozen version', () => {
    const { autosave } = machine(() => false);
    autosave.edited();
    const navigation = leaving();
    autosave.guard(navigation, vi.fn());
    expect(navigation.cancel).not.toHaveBeenCalled();
  });

  it('holds the navigation while a save is under way', async () => {
    const { autosave, saver } = machine();
    const go = vi.fn();
    autosave.edited();
    const saving = autosave.save();
    const navigation = leaving();
    autosave.guard(navigation, go);
    expect(navigation.cancel).toHaveBeenCalledOnce();
    saver.ok(0);
    await saving;
    await settle();
    expect(go).toHaveBeenCalledOnce();
  });
});
