// The evaluator against the cases that tests/surveys/test_logic.py runs through surveys/logic.py.
import { describe, expect, it } from 'vitest';
import cases from '../../tests/fixtures/surveys/logic_cases.json';
import { holds, path } from '../src/logic';
import type { Definition } from '../src/types';

const def = cases.definition as unknown as Definition;

describe('the shared logic cases', () => {
  for (const c of cases.cases) {
    it(c.name, () => expect(path(def, c.values)).toEqual(c.path));
  }
});

describe('holds', () => {
  it('reads a multiple choice as picked options', () => {
    expect(holds({ questionId: 'a', op: 'EQUALS', value: 'x' }, { a: ['y', 'x'] })).toBe(true);
    expect(holds({ questionId: 'a', op: 'ONE_OF', value: ['z'] }, { a: ['y', 'x'] })).toBe(false);
    expect(holds({ questionId: 'a', op: 'NOT_ANSWERED' }, { a: [] })).toBe(true);
  });
  it('only ever moves forward, even for a definition the server would refuse', () => {
    const loop: Definition = {
      questions: [
        { id: 'a', type: 'text', text: 'A' },
        { id: 'b', type: 'text', text: 'B', logic: [{ if: { questionId: 'a', op: 'NOT_ANSWERED' }, then: 'SKIP_TO', target: 'a' }] },
        { id: 'c', type: 'text', text: 'C' },
      ],
    };
    expect(path(loop, {})).toEqual(['a', 'c']);
  });
});
