import { describe, expect, it, vi } from 'vitest';
import type { AgreementText, AgreementVersion, ApiError } from '$lib/ipc/client';
import { translate, type MessageKey } from '$lib/i18n/index.svelte';
import {
  draftDateErrors,
  draftFieldErrors,
  draftKey,
  isDirty,
  isEditable,
  isSignable,
  reloadDraft,
  saveDraft,
  type DraftState
} from './draft';
import { normalise } from './text';

const english = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

function text(overrides: Partial<AgreementText> = {}): AgreementText {
  return {
    language: 'en',
    title: 'MoU on referral',
    kind: 'mou',
    parties: [],
    sections: [{ section: 'purpose_and_scope', clauses: [{ id: 1, text: 'Referral of fishers.' }] }],
    effective_on: null,
    expires_on: null,
    translation: null,
    annexes: [],
    ...overrides
  };
}

function version(overrides: Partial<AgreementVersion> = {}): AgreementVersion {
  return {
    id: 10,
    agreement_id: 1,
    number: 1,
    amendment: 0,
    text: text(),
    frozen: false,
    signatures: [],
    created_at: '2026-03-01T09:00:00Z',
    created_by: 'ana',
    ...overrides
  };
}

const signature = { organisation_id: 4, signatory: 'Dara', title: 'Director', place: 'Phnom Penh', signed_on: '2026-03-02' };

describe('draftKey and isDirty', () => {
  it('sees the text as stored: empty sections and a missing language make no difference', () => {
    const stored = text();
    expect(draftKey(normalise(stored))).toBe(draftKey(stored));
    expect(draftKey({ ...stored, language: undefined })).toBe(draftKey(stored));
  });

  it('is dirty when a word changed, not when nothing did', () => {
    const saved = draftKey(text());
    expect(isDirty(normalise(text()), saved)).toBe(false);
    expect(isDirty(text({ title: 'MoU on referrals' }), saved)).toBe(true);
    expect(isDirty(null, saved)).toBe(false);
  });
});

describe('isEditable and isSignable', () => {
  it('edits a draft or a negotiation, not a signed agreement, and an amendment until signing starts', () => {
    expect(isEditable(version(), 'draft')).toBe(true);
    expect(isEditable(version(), 'negotiation')).toBe(true);
    expect(isEditable(version(), 'signed')).toBe(false);
    expect(isEditable(version({ amendment: 1 }), 'in_force')).toBe(true);
    expect(isEditable(version({ amendment: 1, signatures: [signature] }), 'in_force')).toBe(false);
    expect(isEditable(version({ frozen: true }), 'draft')).toBe(false);
    expect(isEditable(null, 'draft')).toBe(false);
    expect(isEditable(version(), null)).toBe(false);
  });

  it('signs in negotiation, and an amendment of an agreement signed or in force', () => {
    expect(isSignable(version(), 'negotiation')).toBe(true);
    expect(isSignable(version(), 'draft')).toBe(false);
    expect(isSignable(version({ amendment: 2 }), 'signed')).toBe(true);
    expect(isSignable(version({ amendment: 2 }), 'in_force')).toBe(true);
    expect(isSignable(version({ amendment: 2 }), 'negotiation')).toBe(false);
    expect(isSignable(version({ frozen: true }), 'negotiation')).toBe(false);
    expect(isSignable(null, 'negotiation')).toBe(false);
  });
});

describe('reloadDraft', () => {
  const latest = version();
  const key = draftKey(latest.text);

  it('takes the stored text on the first load', () => {
    const editor: DraftState = { draft: null, version: null, dirty: false, savedKey: '' };
    const { text: taken, savedKey } = reloadDraft(editor, latest);
    expect(taken).toEqual(normalise(latest.text));
    expect(savedKey).toBe(key);
  });

  it('takes the stored text of another version', () => {
    const editor: DraftState = { draft: text({ title: 'unsaved' }), version: 9, dirty: true, savedKey: 'old' };
    expect(reloadDraft(editor, latest).text?.title).toBe('MoU on referral');
  });

  it('keeps unsaved edits of this version across a reload caused elsewhere', () => {
    const editor: DraftState = { draft: text({ title: 'unsaved' }), version: 10, dirty: true, savedKey: 'old' };
    const { text: taken, savedKey } = reloadDraft(editor, latest);
    expect(taken).toBeNull();
    expect(savedKey).toBe(key);
  });

  it('keeps a clean draft when the file holds the same text', () => {
    const editor: DraftState = { draft: normalise(latest.text), version: 10, dirty: false, savedKey: key };
    expect(reloadDraft(editor, latest).text).toBeNull();
  });

  it('takes a clean draft’s text again when the file changed underneath', () => {
    const changed = version({ text: text({ title: 'Changed by the redline' }) });
    const editor: DraftState = { draft: normalise(latest.text), version: 10, dirty: false, savedKey: key };
    expect(reloadDraft(editor, changed).text?.title).toBe('Changed by the redline');
  });
});

describe('dates and field errors', () => {
  it('names each date that is not a real day', () => {
    expect(draftDateErrors(text({ effective_on: '2026-03-01', expires_on: null }), english)).toEqual({});
    expect(draftDateErrors(text({ effective_on: '2026-02-30', expires_on: '1/3/2027' }), english)).toEqual({
      effective_on: '“2026-02-30” is not a real date in the form YYYY-MM-DD.',
      expires_on: '“1/3/2027” is not a real date in the form YYYY-MM-DD.'
    });
  });

  it('adds the title’s refusal from a failed save to the dates', () => {
    const refused: ApiError = {
      code: 'validation_failed',
      message: 'title is required',
      details: [
        { code: 'required', message: 'title is required', field: 'title', row: null, column: null, value: null },
        { code: 'too_long', message: 'title is too long', field: 'title', row: null, column: null, value: '300' }
      ]
    };
    expect(draftFieldErrors({ expires_on: 'bad' }, refused, english)).toEqual({ expires_on: 'bad', title: 'This is required.' });
    expect(draftFieldErrors({}, null, english)).toEqual({});
  });
});

describe('saveDraft', () => {
  it('writes the text as stored to its version and answers what the file now holds', async () => {
    const write = vi.fn(async () => undefined);
    const draft = normalise(text());
    const key = await saveDraft(10, draft, write);
    expect(write).toHaveBeenCalledOnce();
    const [versionId, written] = write.mock.calls[0] as unknown as [number, AgreementText];
    expect(versionId).toBe(10);
    expect(written.sections.map((s) => s.section)).toEqual(['purpose_and_scope']);
    expect(key).toBe(draftKey(text()));
    expect(isDirty(draft, key)).toBe(false);
  });

  it('lets a refusal through, leaving what was saved as it was', async () => {
    const refusal = new Error('refused');
    await expect(saveDraft(10, text(), () => Promise.reject(refusal))).rejects.toBe(refusal);
  });
});
