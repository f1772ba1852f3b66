/**
 * A bounded memo of values keyed by a string: each value is worked out once per distinct key and frozen (every
 * caller shares it). It is emptied when it reaches `limit` entries, so odd input cannot grow it without end.
 *
 * Lookups allocate nothing: the engine asks hundreds of thousands of times per workbook (every cell's text as a
 * possible label), so the value's computation is given once, not as a fresh closure per lookup.
 */
export class BoundedMemo<T extends object> {
  private readonly values = new Map<string, Readonly<T>>();

  constructor(private readonly limit: number) {}

  /** The value remembered for `key`, if any. */
  get(key: string): Readonly<T> | undefined {
    return this.values.get(key);
  }

  /** Remembers (and freezes) the value worked out for `key`; returns it. */
  remember(key: string, value: T): Readonly<T> {
    if (this.values.size >= this.limit) this.values.clear();
    const frozen = Object.freeze(value);
    this.values.set(key, frozen);
    return frozen;
  }
}

/** A bounded memo of a pure function of one string: `compute(key)` runs once per distinct key. */
export function boundedMemo<T extends object>(
  limit: number,
  compute: (key: string) => T,
): (key: string) => Readonly<T> {
  const memo = new BoundedMemo<T>(limit);
  return (key) => memo.get(key) ?? memo.remember(key, compute(key));
}
