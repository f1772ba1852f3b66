/** The version of jixiao: package.json's, read next to dist/ (or src/ when run by the tests). */
import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

export function version(): string {
  if (cached === undefined) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
        version?: string;
      };
      cached = pkg.version ?? '0.0.0';
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}
