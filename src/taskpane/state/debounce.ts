/**
 * Collects keys (sheet names) over a quiet period and hands them over together.
 * Plain timers, so jest fake timers drive it in tests.
 */
export interface KeyDebouncer {
  schedule(key: string): void;
  cancel(): void;
}

export function keyDebouncer(ms: number, fire: (keys: string[]) => void): KeyDebouncer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pending = new Set<string>();
  return {
    schedule(key) {
      pending.add(key);
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const keys = [...pending];
        pending.clear();
        fire(keys);
      }, ms);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending.clear();
    },
  };
}
