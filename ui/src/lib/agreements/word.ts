// Words for what a Word import did, from the report's codes and figures: the sentence is made
// here in the reader's language, never taken from the Rust side.
import type { ImportNote, Segment } from '$lib/ipc/client';
import { t } from '$lib/i18n/index.svelte';

/** One line of the import report. */
export function describeNote(note: ImportNote): string {
  switch (note.code) {
    case 'title': return t('word.note.title', { text: note.text });
    case 'language': return t('word.note.language', { language: t(`language.${note.language}`) });
    case 'kind': return t(note.named ? 'word.note.kind_named' : 'word.note.kind_default', { kind: t(`agreement_kind.${note.kind}`) });
    case 'preamble': return t('word.note.preamble', { clauses: note.clauses });
    case 'section': return t('word.note.section', { heading: note.heading, section: t(`section.${note.section}`), clauses: note.clauses });
    case 'unplaced_heading': return t('word.note.unplaced_heading', { heading: note.heading, section: t(`section.${note.section}`), clauses: note.clauses });
    case 'automatic_numbering': return t('word.note.automatic_numbering', { number: note.number });
    case 'party_matched': return t('word.note.party_matched', { name: note.name });
    case 'table': return t('word.note.table', { title: note.title, rows: note.rows });
    case 'kept_as_note': return t('word.note.kept_as_note', { text: note.text });
    case 'tracked_changes_accepted': return t('word.note.tracked_changes_accepted', { insertions: note.insertions, deletions: note.deletions });
    case 'footnotes_ignored': return t('word.note.footnotes_ignored', { count: note.count });
    case 'comments_ignored': return t('word.note.comments_ignored', { count: note.count });
    case 'text_boxes_ignored': return t('word.note.text_boxes_ignored', { count: note.count });
    case 'table_of_contents_skipped': return t('word.note.table_of_contents_skipped', { count: note.entries });
  }
}

/** Notes worth reading first: what did not go where the person might expect. */
export function needsAttention(note: ImportNote): boolean {
  return note.code === 'unplaced_heading' || note.code === 'kept_as_note' || note.code.endsWith('_ignored');
}

/** A clause's segments as runs to render: unchanged text plain, the rest marked with author. */
export function runs(segments: Segment[]): { kind: Segment['kind']; text: string; title: string }[] {
  return segments.map((segment) => ({
    kind: segment.kind,
    text: segment.text,
    title: segment.author ? t(`word.${segment.kind}_by` as 'word.inserted_by', { author: segment.author }) : ''
  }));
}
