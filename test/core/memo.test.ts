import { BoundedMemo, boundedMemo } from '../../src/core/memo';
import { NO_FINDINGS } from '../../src/core/types';

describe('boundedMemo', () => {
  it('works a value out once per distinct key and hands every caller the same frozen value', () => {
    const seen: string[] = [];
    const memo = boundedMemo(10, (key) => {
      seen.push(key);
      return { length: key.length };
    });
    const a = memo('项目名称');
    expect(memo('项目名称')).toBe(a);
    expect(a).toEqual({ length: 4 });
    expect(Object.isFrozen(a)).toBe(true);
    memo('主管部门');
    expect(seen).toEqual(['项目名称', '主管部门']);
  });

  it('is emptied when it reaches its limit, so odd input cannot grow it without end', () => {
    let computed = 0;
    const memo = boundedMemo(3, (key) => {
      computed++;
      return { key };
    });
    for (const k of ['a', 'b', 'c']) memo(k);
    expect(computed).toBe(3);
    memo('d'); // the fourth key empties the memo first
    memo('a');
    expect(computed).toBe(5);
  });
});

describe('BoundedMemo', () => {
  it('remembers what it is given, frozen, and forgets everything at its limit', () => {
    const memo = new BoundedMemo<{ n: number }>(2);
    expect(memo.get('x')).toBeUndefined();
    const x = memo.remember('x', { n: 1 });
    expect(Object.isFrozen(x)).toBe(true);
    expect(memo.get('x')).toBe(x);
    memo.remember('y', { n: 2 });
    memo.remember('z', { n: 3 });
    expect(memo.get('x')).toBeUndefined();
    expect(memo.get('z')).toEqual({ n: 3 });
  });
});

describe('NO_FINDINGS', () => {
  it('is one shared empty list that nobody can add to', () => {
    expect(NO_FINDINGS).toHaveLength(0);
    expect(Object.isFrozen(NO_FINDINGS)).toBe(true);
  });
});
