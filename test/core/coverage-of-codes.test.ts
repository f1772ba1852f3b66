/**
 * Every finding code in the catalog is exercised by at least one test (its literal appears in test/).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allMessageCodes } from '../../src/core/messages';

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

test('each file/form/hierarchy/target/completion code appears in some test', () => {
  const self = path.basename(__filename);
  const tests = files(path.resolve(__dirname, '..'))
    .filter((f) => path.basename(f) !== self)
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  const untested = allMessageCodes()
    .filter((c) => /^(file|form|hierarchy|target|completion)\./.test(c))
    .filter((c) => !tests.includes(`'${c}'`) && !tests.includes(`"${c}"`) && !tests.includes(`\`${c}\``));
  expect(untested).toEqual([]);
});
