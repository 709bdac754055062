import { describe, expect, it } from 'vitest';
import { pagesFor, visibleRange } from './window';

describe('virtualised member list', () => {
  const cases: [string, number, number, number, number, { first: number; last: number }][] = [
    ['top of a long list', 0, 400, 40, 10000, { first: 0, last: 20 }],
    ['scrolled to the middle', 40000, 400, 40, 10000, { first: 990, last: 1020 }],
    ['bottom clamps to the last row', 399600, 400, 40, 10000, { first: 9980, last: 9999 }],
    ['fewer rows than fit', 0, 400, 40, 3, { first: 0, last: 2 }],
    ['empty list draws nothing', 0, 400, 40, 0, { first: 0, last: -1 }]
  ];
  for (const [reason, top, height, row, total, expected] of cases) {
    it(reason, () => expect(visibleRange(top, height, row, total)).toEqual(expected));
  }

  it('asks only for the pages in view', () => {
    expect(pagesFor(990, 1020, 100)).toEqual([9, 10]);
    expect(pagesFor(0, 20, 100)).toEqual([0]);
    expect(pagesFor(0, -1, 100)).toEqual([]);
  });
});
