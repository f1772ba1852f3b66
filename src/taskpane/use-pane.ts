/**
 * React binding of the PaneController: one controller per host, started on mount, disposed on unmount.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WorkbookHost } from '../host/types';
import { PaneController, type PaneOptions, type PaneState } from './state/controller';

const noopSubscribe = () => () => undefined;

export function usePane(
  host: WorkbookHost,
  options?: PaneOptions,
): { controller: PaneController | null; state: PaneState | null } {
  const [controller, setController] = useState<PaneController | null>(null);
  useEffect(() => {
    const c = new PaneController(host, options);
    setController(c);
    void c.start();
    return () => c.dispose();
    // options are read once per host
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);
  const state = useSyncExternalStore(controller ? controller.subscribe : noopSubscribe, () =>
    controller ? controller.getState() : null,
  );
  return { controller, state };
}
