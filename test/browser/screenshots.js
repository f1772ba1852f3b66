#!/usr/bin/env node
/**
 * Screenshots of the preview and the pane for the README (docs/screenshots/*.png), taken in
 * Debian's Chromium from the production build: `node test/browser/screenshots.js`.
 * Chinese text needs a CJK font on the machine (Debian: fonts-noto-cjk).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ensureBuild, serve, launch, root, fixturesDir } = require('./harness');

const out = path.join(root, 'docs', 'screenshots');

async function idle(page) {
  await page.waitForSelector('[data-pane] main[aria-busy="false"]', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[data-pane] [role="progressbar"]'));
}

async function click(page, name) {
  await page.locator('[data-pane]').getByRole('button', { name, exact: true }).first().click();
  await idle(page);
}

async function main() {
  ensureBuild();
  fs.mkdirSync(out, { recursive: true });
  const server = await serve();
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1360, height: 820 });

    // 1. The declaration sample, checked and highlighted, an issue selected in the sheet.
    await page.goto(`${server.url}?lang=zh`);
    await page.waitForSelector('td[data-cell="A1"]');
    await idle(page);
    await click(page, '标记问题');
    const issue = page.locator('[data-pane] [data-issue-item]').first();
    await issue.click();
    await page.locator('[data-pane]').getByRole('button', { name: '关闭提示' }).click().catch(() => undefined);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'preview-declaration.png') });

    // 1b. A form with malformed targets (the shared fixture), errors painted, a fix offered.
    const malformed = path.join(fixturesDir, 'malformed-targets.xlsx');
    if (fs.existsSync(malformed)) {
      await page.setInputFiles('input[type="file"]', malformed);
      await page.waitForFunction(() => document.querySelector('.jx-filename strong')?.textContent === 'malformed-targets.xlsx');
      await idle(page);
      await click(page, '标记问题');
      await page.locator('[data-pane] [data-severity-group="error"] [data-issue-item]').nth(2).click();
      await page.locator('[data-pane]').getByRole('button', { name: '关闭提示' }).click().catch(() => undefined);
      await page.locator('[data-pane] [data-severity-group="error"]').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, 'preview-errors.png') });
    }

    // 2. The self-evaluation sample with completion filled in and the completion tab open.
    await page.goto(`${server.url}?lang=zh&sample=self-evaluation`);
    await page.waitForSelector('td[data-cell="A1"]');
    await idle(page);
    await click(page, '标记问题');
    await click(page, '填写完成情况');
    await page.locator('[data-pane] [data-plan-confirm]').click();
    await idle(page);
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible().catch(() => false)) await dialog.getByRole('button', { name: '保留原值' }).click();
    await idle(page);
    await page.locator('[data-pane]').getByRole('tab', { name: '完成情况' }).click();
    await page.locator('[data-pane]').getByRole('button', { name: '关闭提示' }).click().catch(() => undefined);
    // scroll the sheet to the indicator table
    await page.locator('td[data-cell="D20"]').scrollIntoViewIfNeeded().catch(() => undefined);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'preview-self-evaluation.png') });

    // 3. The pane alone, as Excel shows it.
    await page.locator('[data-pane]').screenshot({ path: path.join(out, 'pane-completion.png') });
    // Palette PNGs are a third of the size and look the same for a UI (Debian: pngquant), when available.
    for (const f of fs.readdirSync(out)) {
      spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=70-95', '--ext', '.png', path.join(out, f)], { stdio: 'ignore' });
    }
    for (const f of fs.readdirSync(out)) console.log(`${path.join('docs/screenshots', f)}  ${(fs.statSync(path.join(out, f)).size / 1024).toFixed(0)} KB`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
