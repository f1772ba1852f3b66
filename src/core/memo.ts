/**
 * A bounded memo for a pure function of a string key: the value is worked out once per distinct key and frozen
 * (every caller shares it). It is emptied when it reaches `limit` entries, so odd input cannot grow it without end.
 */
export function boundedMemo<T extends object>(limit: number): (key: string, compute: () => T) => Readonly<T> {
  const values = new Map<string, Readonly<T>>();
  return (key, compute) => {
    let value = values.get(key);
    if (value === undefined) {
      if (values.size >= limit) values.clear();
      value = Object.freeze(compute());
      values.set(key, value);
    }
    return value;
  };
}
