/**
 * What jsdom lacks and Fluent UI expects. Imported first by every pane test.
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof w.ResizeObserver === 'undefined') w.ResizeObserver = ResizeObserverStub;
export {};
