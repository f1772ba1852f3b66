/**
 * Every completion.* code the module can emit exists in the message catalog, and src/core/completion
 * imports nothing from Node, the DOM or Office.
 */
import * as fs from 'fs';
import * as path from 'path';
import { hasMessage, messageOf } from '../../../src/core/messages';

const DIR = path.resolve(__dirname, '../../../src/core/completion');
/** The module's sources, its rule modules (rules/) included. */
const sources = fs
  .readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'));

describe('completion codes and imports', () => {
  const codes = new Set<string>();
  for (const s of sources) for (const m of s.matchAll(/'(completion\.[a-z0-9-]+)'/g)) codes.add(m[1]);

  it('emits exactly the 16 completion codes of the catalog', () => {
    expect([...codes].sort()).toEqual(
      [
        'unit-mismatch',
        'ambiguous-percent',
        'scale-suspect',
        'qualitative-actual',
        'invalid',
        'deviation-reason-missing',
        'far-exceeded',
        'weight-proposed',
        'weights-sum',
        'level1-weight-mismatch',
        'score-out-of-band',
        'score-mismatch',
        'score-over-weight',
        'budget-base-fallback',
        'budget-no-base',
        'budget-execution-low',
      ]
        .map((c) => `completion.${c}`)
        .sort(),
    );
  });

  it.each([...codes])('%s is in the catalog', (code) => {
    expect(hasMessage(code)).toBe(true);
    expect(messageOf(code, 'zh')).not.toBe(code);
  });

  it('imports only relative core modules', () => {
    for (const s of sources) {
      for (const m of s.matchAll(/from '([^']+)'/g)) expect(m[1]).toMatch(/^\.\.?\//);
    }
  });
});
