/**
 * The rule modules of one rule folder (src/core/<family>/rules), for the families' metadata tests:
 * every .ts file but index.ts and types.ts, and the rules each module exports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface RuleFolder<R> {
  dir: string;
  modules: string[];
  rulesOf(file: string): R[];
}

export function ruleFolder<R>(family: string): RuleFolder<R> {
  const dir = path.join(ROOT, 'src/core', family, 'rules');
  const modules = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
    .sort();
  const rulesOf = (file: string): R[] => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path.join(dir, file)) as Record<string, unknown>;
    return Object.values(exports).filter((v): v is R => typeof v === 'object' && v !== null && 'check' in v && 'phase' in v);
  };
  return { dir, modules, rulesOf };
}
