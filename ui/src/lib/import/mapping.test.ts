import { describe, expect, it } from 'vitest';
import type { ImportMapping, ImportSuggestion, ValueSuggestion } from '$lib/ipc/client';
import { choiceOf, complete, duplicateTargets, missingTargets, sampleOf, unplacedValues, withChoice, type CompleteMapping } from './mapping';

function mapping(targets: [string, string][]): CompleteMapping {
  return complete({
    sheet: null,
    header_row: 3,
    columns: targets.map(([header, target]) => ({ header, target })),
    date_order: 'day_first',
    values: { kind: { Ministry: 'government' } }
  } as unknown as ImportMapping);
}

const cooperative: ValueSuggestion = { target: 'kind', value: 'Cooperative', choice: null, how: 'unplaced', rows: 2 };
const ministry: ValueSuggestion = { target: 'kind', value: 'Ministry', choice: 'government', how: 'words', rows: 5 };

describe('import mapping rules', () => {
  it('names targets taken twice and targets missing', () => {
    const m = mapping([['Org', 'name'], ['Type', 'kind'], ['Since', 'joined_on'], ['A', 'notes'], ['B', 'notes']]);
    expect(duplicateTargets(m)).toEqual([]);
    expect(missingTargets(m)).toEqual([]);
    const twice = mapping([['Org', 'name'], ['Name 2', 'name'], ['Type', 'kind']]);
    expect(duplicateTargets(twice)).toEqual(['name']);
    expect(missingTargets(twice)).toEqual(['joined_on']);
    const withDefault: CompleteMapping = { ...twice, defaults: { kind: null, joined_on: '2020-01-01' } };
    expect(missingTargets(withDefault)).toEqual([]);
  });

  it('sets and clears a value choice without changing the mapping it was given', () => {
    const m = mapping([['Org', 'name'], ['Type', 'kind']]);
    expect(unplacedValues(m, [cooperative, ministry])).toEqual([cooperative]);
    const placed = withChoice(m, cooperative, 'other');
    expect(choiceOf(placed, cooperative)).toBe('other');
    expect(choiceOf(m, cooperative)).toBeNull();
    expect(unplacedValues(placed, [cooperative, ministry])).toEqual([]);
    expect(choiceOf(withChoice(placed, ministry, null), ministry)).toBeNull();
  });

  it('fills what the JSON form leaves out', () => {
    const bare = complete({ header_row: 1, columns: [], date_order: 'day_first' } as unknown as ImportMapping);
    expect(bare.values.country).toEqual({});
    expect(bare.defaults).toEqual({ kind: null, joined_on: null });
    expect(bare.sheet).toBeNull();
  });

  it('values of a column sent elsewhere need no choice', () => {
    const m = mapping([['Org', 'name'], ['Type', 'notes']]);
    expect(unplacedValues(m, [cooperative])).toEqual([]);
  });

  it('samples skip blank cells', () => {
    const suggestion = { sample: [['A', ''], ['B', 'x'], ['C', ' '], ['D', 'y']] } as unknown as ImportSuggestion;
    expect(sampleOf(suggestion, 1)).toEqual(['x', 'y']);
  });
});
