import type { BrowserContext } from 'playwright-core';

export const root: string;
export const webDir: string;
export const fixturesDir: string;
export const CHROMIUM_ARGS: string[];
export function ensureBuild(): void;
export function serve(dir?: string): Promise<{ url: string; origin: string; close(): Promise<void> }>;
export function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }>;
export function chromiumPath(): string;
export function useBrowser(
  ready: (server: Awaited<ReturnType<typeof serve>>, browser: Awaited<ReturnType<typeof launch>>) => void,
  cleanup?: () => void,
): void;
export interface ExpectedIndicator {
  sheet: string;
  cell: string;
  row: number;
  target: string;
  verdict: 'ok' | 'error' | 'either';
  actual?: string | null;
  actualCell?: string;
  completion?: string | null;
}
export interface Expected {
  file: string;
  forms: { sheet: string; layout: string; headerRow: number; indicatorCount: number }[];
  indicators: ExpectedIndicator[];
}
export function fixtures(): { name: string; xlsx: string; expected: Expected }[];
