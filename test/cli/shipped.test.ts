/**
 * The command line as shipped: bin/jixiao.js runs the bundle in dist/cli-bundle (webpack.cli.config.js),
 * whose worker threads and package.json look-up must work from there; and a reader that closes the
 * pipe early ends the run quietly.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BIN, jixiao } from './run';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.resolve(ROOT, '../shared/fixtures');

describe('the shipped command line', () => {
  it('runs from one bundle with its worker beside it', () => {
    const bin = fs.readFileSync(BIN, 'utf8');
    expect(bin).toContain("require('../dist/cli-bundle/main.js')");
    expect(fs.existsSync(path.join(ROOT, 'dist/cli-bundle/main.js'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'dist/cli-bundle/check-worker.js'))).toBe(true);
  });

  it('reports the version of package.json', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await jixiao(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('checks a folder on worker threads with the same result as in one thread', async () => {
    const pooled = await jixiao(['check', FIXTURES, '--format', 'json', '--jobs', '2']);
    const single = await jixiao(['check', FIXTURES, '--format', 'json', '--jobs', '1']);
    expect(pooled.stderr).toBe('');
    expect(pooled.code).toBe(single.code);
    const files = (JSON.parse(pooled.stdout) as { files: { file: string; error: unknown }[] }).files;
    expect(files.length).toBeGreaterThan(1);
    expect(files.every((f) => f.error === null)).toBe(true);
    expect(pooled.stdout).toBe(single.stdout);
  });

  it('stops quietly when the reader closes the pipe', async () => {
    // the corpus: ≈ 1 MB of report, far more than one pipe buffer
    const corpus = path.join(ROOT, 'test/corpus/xlsx');
    const child = spawn(process.execPath, [BIN, 'check', corpus, '--format', 'json', '--notes', '--jobs', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // like `| head -c 1`: read the first chunk, then close our end
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(141); // 128 + SIGPIPE, as a shell reports a pipe closed under a writer
  });
});
