#!/usr/bin/env node
/**
 * Screenshots for the README (docs/screenshots/*.png), taken in Debian's Chromium from the production
 * build: `node test/browser/screenshots.js`. It builds what it needs when missing or stale — the web
 * bundle (harness.ensureBuild) and, for the HTML report, the command line (`npm run build:cli`).
 * Chinese text needs a CJK font on the machine (Debian: fonts-wqy-microhei or fonts-noto-cjk).
 *
 *   preview-declaration.png      the sample declaration form as it opens: marked, an issue selected (1366×768)
 *   preview-errors.png           a form with malformed targets: errors marked, one explained (详情), fixes offered
 *   preview-self-evaluation.png  the sample self-evaluation with completion filled in
 *   pane-completion.png          the pane alone, completion tab
 *   pane-320.png                 the pane at Excel's narrowest, 320 px, as the whole page
 *   report.png                   the HTML report of `jixiao check <folder> --html`
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { spawnSync } = require('node:child_process');
const { ensureBuild, serve, launch, root, fixturesDir } = require('./harness');
const { makeReturnedFolder } = require('./returned-folder');

const out = path.join(root, 'docs', 'screenshots');

async function idle(page) {
  await page.waitForSelector('[data-pane] main[aria-busy="false"]', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[data-pane] [role="progressbar"]'));
}

async function click(page, name) {
  await page.locator('[data-pane]').getByRole('button', { name, exact: true }).first().click();
  await idle(page);
}

async function dismissNotice(page) {
  await page
    .locator('[data-pane]')
    .getByRole('button', { name: '关闭提示' })
    .click({ timeout: 2000 })
    .catch(() => undefined);
}

async function openFile(page, file) {
  await page.setInputFiles('input[type="file"]', file);
  await page.waitForFunction(
    (name) => document.querySelector('.jx-filename strong')?.textContent === name,
    path.basename(file),
  );
  await idle(page);
}

/**
 * "填写完成情况" first shows what it will write (the plan, in the pane): write it; then answer any
 * dialog that follows — keep what a person filled.
 */
async function confirmFill(page) {
  const plan = page.locator('[data-pane] [data-plan-confirm]');
  if (await plan.isVisible({ timeout: 5000 }).catch(() => false)) {
    await plan.click();
    await idle(page);
  }
  for (let i = 0; i < 3; i++) {
    const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog')).first();
    if (!(await dialog.isVisible({ timeout: 1500 }).catch(() => false))) return;
    const write = dialog.getByRole('button', { name: /^(写入|确认|确定|填写|应用)/ });
    if (await write.count()) await write.first().click();
    else
      await dialog
        .getByRole('button', { name: /保留原值|取消/ })
        .first()
        .click();
    await idle(page);
  }
}

/** The command line as shipped (dist/cli-bundle, `npm run build:cli`) when missing or older than its sources. */
function ensureCli() {
  const main = path.join(root, 'dist', 'cli-bundle', 'main.js');
  const newest = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
      const p = path.join(dir, e.name);
      return Math.max(n, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }, 0);
  const sources = Math.max(...['core', 'workbook', 'cli'].map((d) => newest(path.join(root, 'src', d))));
  if (fs.existsSync(main) && fs.statSync(main).mtimeMs >= sources) return;
  const res = spawnSync('npm', ['run', 'build:cli'], { cwd: root, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`build:cli failed:\n${res.stdout}\n${res.stderr}`);
}

/** A folder of returned workbooks, checked by `jixiao check --html`: the report's path. */
async function makeReport(dir) {
  const folder = await makeReturnedFolder(dir);
  const report = path.join(dir, '报告.html');
  const res = spawnSync(process.execPath, [path.join(root, 'bin', 'jixiao.js'), 'check', folder, '--html', report], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (!fs.existsSync(report))
    throw new Error(`jixiao check --html wrote no report (exit ${res.status}):\n${res.stderr}`);
  return report;
}

async function main() {
  ensureBuild();
  ensureCli();
  fs.mkdirSync(out, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-shots-'));
  const server = await serve();
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });

    // 1. The declaration sample as it opens: the preview marks its issues at once; one selected.
    await page.goto(`${server.url}?lang=zh`);
    await page.waitForSelector('td[data-cell="A1"]');
    await idle(page);
    await page.locator('[data-pane] [data-issue-item]').first().click();
    await dismissNotice(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'preview-declaration.png') });

    // 2. A form with malformed targets (the shared fixture): errors marked, one explained, fixes offered.
    await openFile(page, path.join(fixturesDir, 'malformed-targets.xlsx'));
    const item = page.locator('[data-pane] [data-severity-group="error"] li:has([data-issue-item])').nth(2);
    await item.locator('[data-issue-item]').click();
    await item.locator('[data-details-toggle]').click();
    await dismissNotice(page);
    await item.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'preview-errors.png') });

    // 3. The pane at Excel's narrowest: 320 px, the pane the whole page (as in Excel), same workbook.
    await page.setViewportSize({ width: 320, height: 720 });
    await page.addStyleTag({
      content:
        '.jx-sheet, .jx-toolbar { display: none !important; } .jx-pane { width: 320px !important; border-left: none !important; box-sizing: border-box; }',
    });
    await page.locator('[data-pane]').evaluate((el) => el.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'pane-320.png') });
    await page.close();

    // 4. The self-evaluation sample with completion filled in and the completion tab open.
    const self = await browser.context.newPage();
    await self.setViewportSize({ width: 1366, height: 768 });
    await self.goto(`${server.url}?lang=zh&sample=self-evaluation`);
    await self.waitForSelector('td[data-cell="A1"]');
    await idle(self);
    await click(self, '填写完成情况');
    await confirmFill(self);
    await self.locator('[data-pane]').getByRole('tab', { name: '完成情况' }).click();
    await dismissNotice(self);
    await self
      .locator('td[data-cell="D20"]')
      .scrollIntoViewIfNeeded()
      .catch(() => undefined);
    await self.waitForTimeout(300);
    await self.screenshot({ path: path.join(out, 'preview-self-evaluation.png') });

    // 5. The pane alone, as Excel shows it beside the sheet.
    await self.locator('[data-pane]').screenshot({ path: path.join(out, 'pane-completion.png') });
    await self.close();

    // 6. The HTML report of `jixiao check <folder> --html`, opened from its file.
    const report = await makeReport(tmp);
    const html = await browser.context.newPage();
    await html.setViewportSize({ width: 1180, height: 1000 });
    await html.goto(pathToFileURL(report).href);
    await html.waitForLoadState('load');
    await html.screenshot({ path: path.join(out, 'report.png') });
    await html.close();

    // Palette PNGs are a third of the size and look the same for a UI (Debian: pngquant), when available.
    for (const f of fs.readdirSync(out)) {
      spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=70-95', '--ext', '.png', path.join(out, f)], {
        stdio: 'ignore',
      });
    }
    for (const f of fs.readdirSync(out))
      console.log(`${path.join('docs/screenshots', f)}  ${(fs.statSync(path.join(out, f)).size / 1024).toFixed(0)} KB`);
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
