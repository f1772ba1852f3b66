/**
 * A minimal pane over the WorkbookHost, shown until the real task pane (src/taskpane) exports
 * TaskPane. It exercises the same host path: check (buildPatch → applyPatch), per-issue fix
 * (fixPatch → applyPatch), clear, completion fill (scorePatch) and template insertion.
 */
import * as React from 'react';
import { useCallback, useEffect, useState } from 'react';
import { analyzeWorkbook } from '../core/analyze';
import type { WorkbookModel } from '../core/model';
import { buildPatch, fixPatch, scorePatch } from '../core/patch';
import type { Issue } from '../core/types';
import type { WorkbookHost } from '../host/types';

export function PlaceholderPane({ host }: { host: WorkbookHost }): React.ReactElement {
  const zh = host.lang === 'zh';
  const [model, setModel] = useState<WorkbookModel | null>(null);
  const [busy, setBusy] = useState(false);

  const check = useCallback(async () => {
    setBusy(true);
    try {
      const { names } = await host.listSheets();
      const sheets = await Promise.all(names.map((n) => host.readSheet(n)));
      const m = analyzeWorkbook({ sheets }, { lang: host.lang });
      await host.clearMarks();
      await host.applyPatch(buildPatch(m, { lang: host.lang }));
      setModel(m);
    } finally {
      setBusy(false);
    }
  }, [host]);

  useEffect(() => {
    void check();
  }, [check]);

  const fix = async (issue: Issue) => {
    await host.applyPatch(fixPatch([issue], 'all'));
    await check();
  };

  const issues = model?.issues.filter((i) => i.severity !== 'info') ?? [];
  return (
    <div style={{ padding: 12, fontSize: 13 }}>
      <h2 style={{ fontSize: 15, margin: '0 0 8px' }}>{zh ? '绩效目标检查' : 'Performance target check'}</h2>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginBottom: 8 }}>
        <button type="button" className="jx-button" disabled={busy} onClick={() => void check()}>
          {zh ? '检查' : 'Check'}
        </button>
        <button type="button" className="jx-button" disabled={busy} onClick={() => void host.clearMarks().then(() => setModel(null))}>
          {zh ? '清除标记' : 'Clear highlights'}
        </button>
        <button
          type="button"
          className="jx-button"
          disabled={busy || !model}
          onClick={() => model && void host.applyPatch(scorePatch(model.forms)).then(check)}
        >
          {zh ? '填写完成情况' : 'Fill completion'}
        </button>
        <button
          type="button"
          className="jx-button"
          disabled={busy}
          onClick={() => void host.insertTemplate({ layout: 'declaration', year: new Date().getFullYear() })}
        >
          {zh ? '插入标准模板' : 'Insert the standard template'}
        </button>
      </div>
      {model && (
        <p role="status">
          {zh
            ? `${model.forms.length} 张表，${issues.filter((i) => i.severity === 'error').length} 个错误，${issues.filter((i) => i.severity === 'warning').length} 个警告`
            : `${model.forms.length} forms, ${issues.filter((i) => i.severity === 'error').length} errors, ${issues.filter((i) => i.severity === 'warning').length} warnings`}
        </p>
      )}
      <ul aria-label={zh ? '问题列表' : 'Issues'} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {issues.map((issue, n) => (
          <li key={n} data-issue-cell={issue.cell ?? ''} style={{ borderTop: '1px solid #e1e1e1', padding: '6px 0' }}>
            <button
              type="button"
              className="jx-link"
              onClick={() => issue.cell && void host.selectCell(issue.sheet, issue.cell)}
              aria-label={`${issue.sheet}!${issue.cell ?? ''} ${issue.message}`}
            >
              {issue.cell ?? '—'}
            </button>{' '}
            <span>{issue.message}</span>
            {issue.fix && (
              <button type="button" className="jx-button" style={{ marginLeft: 6 }} onClick={() => void fix(issue)}>
                {zh ? '修正' : 'Fix'}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
