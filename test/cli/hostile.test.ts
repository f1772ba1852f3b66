/**
 * `jixiao` against hostile paths and files (#11), through the compiled binary (npm run build:cli).
 * Never lose a file: an output that is one of the inputs — under any spelling: a symlinked folder,
 * /proc/self/cwd, a hard link — is refused before any work and the input is unchanged. Only regular
 * files are read or replaced. Temporaries are cleaned after a signal and on the next start. Output
 * cannot be turned against the reader: control characters are escaped, links are never a scheme.
 * Time limits are hang guards only.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { cellLink, runCheck, streamCheck } from '../../src/cli/check';
import { crashReason } from '../../src/cli/errors';
import { collectFiles } from '../../src/cli/files';
import { safeLine } from '../../src/cli/safe-text';
import { formatTextFile, textTotals } from '../../src/cli/text-output';
import { message } from '../../src/core/messages';
import type { ReportFile } from '../../src/core/report';
import { relativeLink } from '../../src/workbook/write-summary';
import { BIN, jixiao } from './run';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const hostile = require('../../bench/hostile-files.js') as { manyRows(n: number): Promise<Buffer> };

const FIXTURE = path.resolve(__dirname, '../../../shared/fixtures/malformed-targets.xlsx');
const SEED = path.resolve(__dirname, '../../../shared/fixtures/seed-2021-sfj.xlsx');

let root = '';
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-hostile-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function fresh(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function copy(src: string, dest: string): string {
  fs.copyFileSync(src, dest);
  return dest;
}

describe('1. check --out that is one of the inputs', () => {
  test('check a.xlsx --out a.xlsx: refused before any work, the file unchanged, exit 2', async () => {
    const dir = fresh('out-is-input');
    const a = copy(FIXTURE, path.join(dir, 'a.xlsx'));
    const before = digest(a);
    const r = await jixiao(['check', a, '--out', a]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message('cli.output-is-checked-input', 'zh', { path: a }));
    expect(r.stdout).toBe(''); // nothing was checked
    expect(digest(a)).toBe(before);
  }, 60_000);

  test('check <folder> --out <folder>/a.xlsx: refused, the department file unchanged', async () => {
    const dir = fresh('folder-out-is-input');
    const a = copy(FIXTURE, path.join(dir, 'a.xlsx'));
    copy(SEED, path.join(dir, 'b.xlsx'));
    const before = digest(a);
    const r = await jixiao(['check', dir, '--out', path.join(dir, 'a.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is one of the files being checked');
    expect(digest(a)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  }, 60_000);

  test('a new summary in the folder being checked is still fine', async () => {
    const dir = fresh('folder-new-summary');
    copy(FIXTURE, path.join(dir, 'a.xlsx'));
    const r = await jixiao(['check', dir, '--out', path.join(dir, '汇总.xlsx')]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(dir, '汇总.xlsx'))).toBe(true);
  }, 60_000);
});

describe('2. fix/score --out: the same file under another name', () => {
  let dir = '';
  let input = '';
  let before = '';
  beforeAll(() => {
    dir = fresh('identity');
    fs.mkdirSync(path.join(dir, 'real'));
    input = copy(SEED, path.join(dir, 'real', 'in.xlsx'));
    fs.symlinkSync('real', path.join(dir, 'link'));
    fs.linkSync(input, path.join(dir, 'hard.xlsx'));
    before = digest(input);
  });

  test.each([
    ['a symlinked folder', 'link/in.xlsx'],
    ['/proc/self/cwd', '/proc/self/cwd/real/in.xlsx'],
    ['a hard link', 'hard.xlsx'],
    ['a .. detour', 'link/../real/./in.xlsx'],
  ])(
    'fix --out via %s is refused, the input unchanged',
    async (_how, out) => {
      const r = await jixiao(['fix', 'real/in.xlsx', '--out', out], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('输出文件不能与输入文件相同');
      expect(digest(input)).toBe(before);
    },
    60_000,
  );

  test('score --out via a hard link and a symlinked folder is refused too', async () => {
    for (const out of ['hard.xlsx', 'link/in.xlsx']) {
      const r = await jixiao(['score', 'real/in.xlsx', '--out', out], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('输出文件不能与输入文件相同');
    }
    expect(digest(input)).toBe(before);
  }, 60_000);

  test('check --out via a symlinked folder is refused', async () => {
    const r = await jixiao(['check', 'real', '--out', 'link/in.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(digest(input)).toBe(before);
  }, 60_000);
});

describe('3. only regular files', () => {
  let dir = '';
  beforeAll(() => {
    dir = fresh('special');
    execFileSync('mkfifo', [path.join(dir, 'fifo.xlsx')]);
    copy(SEED, path.join(dir, 'in.xlsx'));
  });

  test('fix on a FIFO and on /dev/zero: one sentence, exit 2, no hang, no growing memory', async () => {
    for (const input of [path.join(dir, 'fifo.xlsx'), '/dev/zero']) {
      const r = await jixiao(['fix', input, '--out', path.join(dir, 'x.xlsx')]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(
        `jixiao: ${message('file.unreadable', 'zh', { detail: 'reason.not-regular-file' })}`,
      );
    }
  }, 60_000);

  test('--out onto an existing FIFO is refused and the FIFO stays a FIFO', async () => {
    const fifo = path.join(dir, 'fifo.xlsx');
    const r = await jixiao(['fix', path.join(dir, 'in.xlsx'), '--out', fifo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      message('cli.output-unwritable', 'zh', { path: fifo, detail: 'reason.not-regular-file' }),
    );
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  }, 60_000);

  test('check lists the FIFO and /dev/zero as unreadable rows and goes on', async () => {
    const r = await jixiao([
      'check',
      path.join(dir, 'fifo.xlsx'),
      '/dev/zero',
      path.join(dir, 'in.xlsx'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files as ReportFile[];
    expect(files.map((f) => f.error?.code ?? null)).toEqual(['file.unreadable', 'file.unreadable', null]);
  }, 60_000);
});

describe('4. temporaries of interrupted runs', () => {
  test('a stale .out.<pid>.tmp beside the output and a stale spool folder are removed on the next start; live ones are kept', async () => {
    const dir = fresh('stale');
    const tmp = fresh('stale-tmpdir');
    copy(SEED, path.join(dir, 'in.xlsx'));
    const dead = 99_999_999; // above any pid_max
    const staleFile = path.join(dir, `.out.xlsx.${dead}.abc.tmp`);
    const liveFile = path.join(dir, `.out.xlsx.${process.pid}.abc.tmp`);
    const otherFile = path.join(dir, `.other.xlsx.${dead}.abc.tmp`);
    for (const f of [staleFile, liveFile, otherFile]) fs.writeFileSync(f, 'partial');
    const staleSpool = path.join(tmp, `jixiao-summary-${dead}-x1`);
    const liveSpool = path.join(tmp, `jixiao-summary-${process.pid}-x2`);
    for (const d of [staleSpool, liveSpool]) fs.mkdirSync(d);

    const fix = await jixiao(['fix', path.join(dir, 'in.xlsx'), '--out', path.join(dir, 'out.xlsx')]);
    expect(fix.code).toBe(0);
    expect(fs.existsSync(staleFile)).toBe(false);
    expect(fs.existsSync(liveFile)).toBe(true);
    expect(fs.existsSync(otherFile)).toBe(true); // another output's, not ours to judge

    const check = await runWithEnv(['check', dir, '--out', path.join(dir, 'sum.xlsx')], { TMPDIR: tmp });
    expect(check.code).toBe(0);
    expect(fs.existsSync(staleSpool)).toBe(false);
    expect(fs.existsSync(liveSpool)).toBe(true);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('jixiao-summary-'))).toEqual([path.basename(liveSpool)]);
  }, 120_000);

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s during check --out: the spool folder and temporary files are removed, nothing half-written',
    async (signal, exitCode) => {
      const dir = fresh(`signal-${signal}`);
      const tmp = fresh(`signal-${signal}-tmpdir`);
      for (let i = 0; i < 40; i++) copy(SEED, path.join(dir, `f${String(i).padStart(2, '0')}.xlsx`));
      const out = path.join(root, `sum-${signal}.xlsx`);
      const child = spawn(process.execPath, [BIN, 'check', dir, '--out', out, '--jobs', '1'], {
        env: { ...process.env, TMPDIR: tmp },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      // wait for the spool folder (created before the first file is checked)
      const started = Date.now();
      while (!fs.readdirSync(tmp).some((n) => n.startsWith('jixiao-summary-')) && Date.now() - started < 60_000) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(fs.readdirSync(tmp).some((n) => n.startsWith('jixiao-summary-'))).toBe(true);
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(code).toBe(exitCode);
      expect(stderr).toContain('已中断');
      expect(fs.readdirSync(tmp)).toEqual([]);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(root).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    },
    120_000,
  );
});

function runWithEnv(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('9. control characters never reach the terminal raw', () => {
  test('a file name with ESC, BEL and a newline: escaped in the report and in error lines; no forged totals line', async () => {
    const dir = fresh('ctl-names');
    const evil = 'evil\u001b]0;pwned\u0007\n共检查 9 个文件、9 张表：0 个错误.xlsx';
    copy(FIXTURE, path.join(dir, evil));
    const r = await jixiao(['check', dir]);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stdout).toContain('␛]0;pwned␇␊共检查 9 个文件');
    const totals = r.stdout.split('\n').filter((l) => l.startsWith('共检查'));
    expect(totals).toHaveLength(1);
    const missing = await jixiao(['fix', path.join(dir, 'no\u001b[31mfile\n.xlsx')]);
    expect(missing.code).toBe(2);
    // eslint-disable-next-line no-control-regex
    expect(missing.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  test('the text report of a file whose cells and name hold escapes', () => {
    const file: ReportFile = {
      file: 'a\n共检查 0 个文件.xlsx',
      error: null,
      forms: [],
      issues: [
        {
          code: 'x',
          severity: 'error',
          sheet: 'S\u001b[2J',
          cell: 'A1',
          row: 1,
          message: '指标值“\u001b]0;t\u0007”无法识别',
          suggestion: '\u009b31m',
        },
      ],
    };
    const text = formatTextFile(file, 'zh', textTotals());
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.split('\n').filter((l) => l.startsWith('共检查'))).toEqual([]);
    expect(safeLine('a\u202eb\u2028c')).toBe('a\\u202eb\\u2028c');
    expect(safeLine('正常的中文 ≥95%')).toBe('正常的中文 ≥95%');
  });
});

describe('10. links in 问题清单 are relative paths, never a scheme', () => {
  test('cellLink and relativeLink', () => {
    expect(cellLink('/a/汇总.xlsx', '/a/http:evil.invalid.xlsx', 'S', 'B2')).toBe("./http:evil.invalid.xlsx#'S'!B2");
    expect(cellLink('/a/汇总.xlsx', '/a/ms-excel:ofe|u|http:x.xlsx', 'S', null)).toBe(
      "./ms-excel:ofe|u|http:x.xlsx#'S'!A1",
    );
    expect(cellLink('/a/汇总.xlsx', '/a/c/http:x.xlsx', 'S', 'A1')).toBe("c/http:x.xlsx#'S'!A1");
    expect(cellLink('/a/汇总.xlsx', '/a/x\u0007.xlsx', 'S', 'A1')).toBe("x%07.xlsx#'S'!A1");
    expect(relativeLink('javascript:alert(1)')).toBe('./javascript:alert(1)');
    expect(relativeLink('/etc/passwd')).toBeNull();
    expect(relativeLink('\\\\server\\share\\x.xlsx')).toBeNull();
    expect(relativeLink('C:\\x.xlsx')).toBeNull();
    expect(relativeLink("a/b.xlsx#'S'!A1")).toBe("a/b.xlsx#'S'!A1");
  });

  test('a summary over files named like URLs holds only relative links', async () => {
    const dir = fresh('url-names');
    for (const name of ['http:evil.invalid.xlsx', 'ms-excel:ofe|u|http:evil.invalid.xlsx', 'file:x.xlsx'])
      copy(FIXTURE, path.join(dir, name));
    const out = path.join(root, 'url-summary.xlsx');
    const r = await jixiao(['check', dir, '--out', out]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const links: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const v = c.value as { hyperlink?: string } | null;
          if (v && typeof v === 'object' && v.hyperlink) links.push(v.hyperlink);
        }),
      );
    }
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) {
      expect(l).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      // the first path segment never reads as a scheme
      expect(l.split('/')[0] === '.' || !l.split('/')[0].includes(':')).toBe(true);
    }
  }, 60_000);
});

describe('12. clear words', () => {
  test('an unreadable subfolder is a row of its own; the rest of the folder is checked', async () => {
    const dir = fresh('unreadable-sub');
    fs.mkdirSync(path.join(dir, 'a-locked'));
    copy(FIXTURE, path.join(dir, 'a-locked', 'hidden.xlsx'));
    copy(FIXTURE, path.join(dir, 'b.xlsx'));
    fs.mkdirSync(path.join(dir, 'c'));
    copy(SEED, path.join(dir, 'c', 'd.xlsx'));
    // as a non-root user would see it (the tests may run as root, who may read anything)
    const list = async (d: string) => {
      if (d.endsWith('a-locked'))
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${d}'`), { code: 'EACCES' });
      return fs.promises.readdir(d, { withFileTypes: true });
    };
    const targets = await collectFiles([dir], list);
    expect(targets.map((t) => path.relative(dir, t.path))).toEqual(['a-locked', 'b.xlsx', path.join('c', 'd.xlsx')]);
    const { report, exitCode } = await runCheck([dir], { format: 'json', lang: 'zh', jobs: 1, targets });
    expect(exitCode).toBe(2);
    expect(report.files).toHaveLength(3);
    expect(report.files[0].error).toMatchObject({ code: 'file.folder-unreadable' });
    expect(report.files[0].error!.message).toBe(
      message('file.folder-unreadable', 'zh', { path: path.join(dir, 'a-locked'), detail: 'reason.permission' }),
    );
    expect(report.files[0].error!.message).not.toMatch(/EACCES|scandir/);
    expect(report.files[1].forms.length).toBeGreaterThan(0);
    expect(report.files[2].forms.length).toBeGreaterThan(0);
    const en = await streamCheck([dir], { format: 'text', lang: 'en', jobs: 1, targets, onResult: () => undefined });
    expect(en.totals.unreadable).toBe(1);
  }, 60_000);

  test('a crash of the engine is said in the catalog, never as the raw engine text', () => {
    expect(crashReason(new RangeError('Maximum call stack size exceeded'))).toBe('reason.stack-overflow');
    expect(
      crashReason(
        Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), {
          code: 'ERR_WORKER_OUT_OF_MEMORY',
        }),
      ),
    ).toBe('reason.out-of-memory');
    expect(crashReason('worker exited with code 1')).toBe('reason.worker-exited');
    expect(crashReason(new Error('something'))).toBe('reason.unknown');
    const line = message('file.check-crashed', 'en', { detail: 'reason.out-of-memory' });
    expect(line).toContain('out of memory');
    expect(line).not.toMatch(/Worker terminated|ERR_/);
  });

  test.each([
    [['check', 'x.xlsx', '--out', '']],
    [['fix', 'x.xlsx', '--out', '']],
    [['score', 'x.xlsx', '--out', '']],
    [['template', '--out', '']],
  ])(
    '%j: an empty --out is an error, not ignored',
    async (args) => {
      const r = await jixiao(args, fresh('empty-out'));
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(`jixiao: ${message('cli.output-empty', 'zh')}`);
    },
    60_000,
  );

  test('--max-cells: a sheet past the budget is a row saying which sheet and why', async () => {
    const dir = fresh('max-cells');
    fs.writeFileSync(path.join(dir, 'a.xlsx'), await hostile.manyRows(400)); // ≈ 2,000 cells
    const r = await jixiao([
      'check',
      path.join(dir, 'a.xlsx'),
      '--max-cells',
      '1000',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    const f = (JSON.parse(r.stdout).files as ReportFile[])[0];
    expect(f.error?.code).toBe('file.too-many-cells');
    expect(f.error?.message).toMatch(/^Sheet ".+" has more than 1000 cells/);
    const bad = await jixiao(['check', path.join(dir, 'a.xlsx'), '--max-cells', '5']);
    expect(bad.code).toBe(2);
  }, 60_000);
});
