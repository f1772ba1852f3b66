/**
 * The command line: one commander definition for every command, with --help for each.
 *   check     check workbooks (files or folders); --out writes the 汇总 workbook
 *   fix       a corrected copy with every safe fix and a 修改记录 sheet
 *   template  the standard blank form
 *   score     self-evaluation scores; --out fills the empty 得分 cells of a copy
 *   explain   what a finding code means
 * Usage errors are one line in the user's language (--lang) and one line of usage, not commander's
 * English and the whole help.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { message, messageOf, type MessageCode } from '../core/messages';
import type { PlanNote } from '../core/completion/write-plan';
import type { TemplateLayout } from '../core/template';
import type { Lang, ReverseScoring } from '../core/types';
import { DEFAULT_READ_LIMITS } from '../workbook/read';
import { findInput } from '../workbook/node-paths';
import { assertWritable, removeStaleTemporaries, removeTemporariesSync } from '../workbook/node-write';
import { collectByPath, reportStream, streamCheck, SummarySpool, writeTo, type CheckCommandOptions } from './check';
import { CliError, EXIT_UNREADABLE, failureLine } from './errors';
import { countOf } from '../workbook/counts';
import { explain, explainList } from './explain';
import { renderHtmlReport } from './html-report';
import { SummaryAggregate } from '../workbook/summary-aggregate';
import { writeFileAtomic } from '../workbook/node-write';
import { version } from './version';
import { defaultFixOutput, runFix } from './fix';
import { safeLine } from './safe-text';
import { defaultJobs } from './pool';
import { createProgress } from './progress';
import { runScore, type RoundOption } from './score';
import { runTemplate } from './template';

/** The marker an integer option's parser throws; the usage error says it in the user's language. */
const RANGE_MARKER = 'jixiao-range:';

function positiveInt(max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\s*\d+\s*$/.test(v) || !Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`${RANGE_MARKER}${max}`);
    return n;
  };
}

/** A command line that cannot be parsed: a catalog message, said with the usage of `command`. */
class UsageError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number>,
    readonly command: Command | null,
  ) {
    super(code);
    this.name = 'UsageError';
  }
}

/** The catalog message for one of commander's parse errors (its English message is not shown). */
function usageError(cmd: Command, text: string, code: string | undefined): UsageError {
  const q = (re: RegExp) => re.exec(text)?.[1] ?? '';
  switch (code) {
    case 'commander.unknownOption':
      return new UsageError('cli.usage.unknown-option', { option: q(/unknown option '([^']*)'/) }, cmd);
    case 'commander.unknownCommand':
      return new UsageError('cli.usage.unknown-command', { command: q(/unknown command '([^']*)'/) }, null);
    case 'commander.missingArgument':
      return new UsageError('cli.usage.missing-argument', { argument: q(/argument '([^']*)'/) }, cmd);
    case 'commander.optionMissingArgument':
      return new UsageError('cli.usage.option-missing-value', { option: q(/option '([^']*)'/) }, cmd);
    case 'commander.missingMandatoryOptionValue':
      return new UsageError('cli.usage.missing-option', { option: q(/option '([^']*)'/) }, cmd);
    case 'commander.excessArguments':
      return new UsageError(
        'cli.usage.too-many',
        { args: cmd.args.slice(cmd.registeredArguments.length).join(' ') },
        cmd,
      );
    case 'commander.invalidArgument': {
      const m = /option '([^']*)' argument '([^']*)' is invalid\. (.*)$/s.exec(text);
      if (m) {
        const option = m[1].split(/[ ,]+/).find((f) => f.startsWith('--')) ?? m[1];
        if (m[3].startsWith(RANGE_MARKER))
          return new UsageError(
            'cli.usage.invalid-number',
            { option, value: m[2], max: m[3].slice(RANGE_MARKER.length) },
            cmd,
          );
        const choices = /Allowed choices are (.*)\.$/.exec(m[3])?.[1] ?? m[3];
        return new UsageError('cli.usage.invalid-choice', { option, value: m[2], choices }, cmd);
      }
      break;
    }
  }
  return new UsageError('cli.usage.other', { detail: text.replace(/^error:\s*/, '') }, cmd);
}

/** Every command of jixiao: commander's parse errors become UsageError (said in the user's language). */
class JixiaoCommand extends Command {
  override createCommand(name?: string): Command {
    return new JixiaoCommand(name);
  }

  override error(text: string, options?: { code?: string; exitCode?: number }): never {
    const code = options?.code;
    if (
      code &&
      code.startsWith('commander.') &&
      !['commander.help', 'commander.helpDisplayed', 'commander.version', 'commander.executeSubCommandAsync'].includes(
        code,
      )
    ) {
      throw usageError(this, text, code);
    }
    return super.error(text, options);
  }
}

/** The language of the command line: --lang en / --lang=en anywhere, else Chinese. */
function argvLang(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return 'zh';
}

/** The two lines of a usage error: what is wrong, and how the command is used. */
function usageLines(e: UsageError, lang: Lang): string[] {
  const cmd = e.command && e.command.parent ? e.command : null;
  const usage = cmd ? `jixiao ${cmd.name()} ${cmd.usage()}` : 'jixiao <command> [options]';
  const help = cmd ? `jixiao ${cmd.name()} --help` : 'jixiao --help';
  return [`jixiao: ${messageOf(e.code, lang, e.params)}`, message('cli.usage.hint', lang, { usage, help })];
}

/** The language of the help text: --lang on the command line (set by main before the program is built). */
let helpLang: Lang = 'zh';

/** A line of the help text (commander's descriptions), from the catalog, in the language of --lang. */
const helpText = (code: MessageCode) => message(code, helpLang);

const langOption = () => new Option('--lang <lang>', helpText('cli.help.lang')).choices(['zh', 'en']).default('zh');

function out(line: string): void {
  process.stdout.write(safeLine(line) + '\n');
}

function err(line: string): void {
  process.stderr.write(safeLine(line) + '\n');
}

function maxCellsOption() {
  return new Option(
    '--max-cells <n>',
    message('cli.help.max-cells', helpLang, { n: DEFAULT_READ_LIMITS.maxCells }),
  ).argParser((v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1000) throw new InvalidArgumentError(message('cli.bad-max-cells', helpLang));
    return n;
  });
}

/**
 * Before any work, for a command that writes `out`: not empty, a writable place that is not a folder
 * or device, and not one of the inputs (compared by identity: links and other spellings of the same
 * file included). Stale temporary files of killed runs beside it are removed.
 */
async function prepareOutput(outPath: string | undefined, inputs: Iterable<string>, checked = false): Promise<void> {
  if (outPath === undefined) return;
  if (outPath.trim() === '') throw new CliError('cli.output-empty');
  const input = await findInput(outPath, inputs);
  if (input !== null)
    throw new CliError(checked ? 'cli.output-is-checked-input' : 'cli.output-is-input', { path: outPath });
  await assertWritable(outPath);
  await removeStaleTemporaries(outPath);
}

function where(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** Why `score --out` leaves a planned cell unwritten (the write plan's notes, as the pane says them). */
function scoreNote(sheet: string, note: PlanNote, lang: Lang): string {
  switch (note.code) {
    case 'total-incomplete':
      return message('pane.plan.note.total-incomplete', lang, { pending: note.pending, cell: where(sheet, note.cell) });
    case 'total-mismatch':
      return message('pane.plan.note.total-mismatch', lang, {
        cells: note.cells.map((c) => where(sheet, c)).join(', '),
        cell: where(sheet, note.cell),
      });
    case 'no-total-cell':
      return `${sheet}: ${message('pane.plan.note.no-total-cell', lang)}`;
    case 'merged':
      return message('pane.plan.note.merged', lang, { cell: where(sheet, note.cell) });
  }
}

function buildProgram(onExit: (code: number) => void): Command {
  const program = new JixiaoCommand();
  program
    .name('jixiao')
    .description(helpText('cli.help.program'))
    .version(version(), '-V, --version', helpText('cli.help.version'))
    .helpOption('-h, --help', helpText('cli.help.help'))
    .helpCommand('help [command]', helpText('cli.help.help-command'))
    .configureOutput({ outputError: () => undefined })
    .exitOverride();

  /** Runs an action; a failure becomes one line on stderr and a non-zero exit. */
  const guarded =
    <A extends unknown[]>(lang: (...args: A) => Lang, action: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await action(...args);
      } catch (e) {
        const f = failureLine(e, lang(...args));
        if (!f) throw e;
        err(`jixiao: ${f.line}`);
        onExit(f.exitCode);
      }
    };

  program
    .command('check')
    .description(helpText('cli.help.check'))
    .argument('<paths...>', helpText('cli.help.check-paths'))
    .addOption(new Option('--format <format>', helpText('cli.help.format')).choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .option('-o, --out <file>', helpText('cli.help.check-out'))
    .option('--html <file>', helpText('cli.help.html'))
    .option('--notes', helpText('cli.help.notes'))
    .option('--ignore-saved-settings', helpText('cli.help.ignore-saved-settings'))
    .addOption(new Option('-j, --jobs <n>', helpText('cli.help.jobs')).argParser(positiveInt(256)))
    .addOption(maxCellsOption())
    .action(
      guarded(
        (_p: string[], o: CheckCommandOptions & { out?: string }) => o.lang,
        async (paths: string[], opts: CheckCommandOptions & { out?: string; html?: string }) => {
          // the files first: an --out or --html that is one of them is refused before anything is checked
          const { targets, empty } = await collectByPath(paths);
          const inputs = targets.filter((t) => !t.missing && !t.error).map((t) => t.path);
          await prepareOutput(opts.out, inputs, true);
          await prepareOutput(opts.html, inputs, true);
          const progress = createProgress(opts.lang);
          // the report is written as the files are checked, in input order; only totals are kept
          const report = reportStream(opts);
          const stdout = process.stdout;
          const write = async (text: string) => {
            if (!text) return;
            if (!stdout.isTTY) return writeTo(stdout, text);
            // the same terminal as the progress bar: clear the bar, print, let it redraw below
            let drained: Promise<void> | undefined;
            progress.around(() => {
              drained = writeTo(stdout, text);
            });
            await drained;
          };
          const spool = opts.out ? await SummarySpool.create(opts.out, opts.lang) : null;
          // the HTML report: the summary's aggregates (or its own, without --out)
          const agg = opts.html ? (spool?.aggregate ?? new SummaryAggregate()) : null;
          let result;
          try {
            await write(report.begin());
            result = await streamCheck(paths, {
              targets,
              emptyPaths: empty,
              maxCells: opts.maxCells,
              ignoreSavedSettings: opts.ignoreSavedSettings,
              format: opts.format,
              lang: opts.lang,
              notes: opts.notes,
              jobs: opts.jobs ?? defaultJobs(),
              exclude: [opts.out, opts.html].filter((x): x is string => !!x),
              onNoWorkbooks: (p) =>
                progress.around(() => err(`jixiao: ${message('cli.no-workbooks', opts.lang, { path: p })}`)),
              onStart: (n) => progress.start(n),
              onFile: (r) => progress.file(r),
              onResult: async (r) => {
                await write(report.file(r));
                if (spool) await spool.add(r);
                else agg?.add(r);
              },
            });
          } catch (e) {
            await spool?.dispose();
            throw e;
          } finally {
            progress.stop();
          }
          await write(report.end());
          let code = result.exitCode;
          if (spool) {
            try {
              await spool.write();
              const { files, forms, issues } = result.totals;
              const n = (noun: Parameters<typeof countOf>[0], k: number) => countOf(noun, k, opts.lang);
              err(
                message('cli.summary-written-n', opts.lang, {
                  path: spool.out,
                  files: n('files', files),
                  forms: n('forms', forms),
                  issues: n('issues', issues),
                }),
              );
            } catch (e) {
              const f = failureLine(e, opts.lang);
              if (!f) throw e;
              err(`jixiao: ${f.line}`);
              code = EXIT_UNREADABLE;
            }
          }
          if (agg && opts.html) {
            try {
              const html = renderHtmlReport(agg, { lang: opts.lang, out: opts.html, version: version() });
              await writeFileAtomic(opts.html, new TextEncoder().encode(html));
              err(message('cli.html-written', opts.lang, { path: opts.html }));
            } catch (e) {
              const f = failureLine(e, opts.lang);
              if (!f) throw e;
              err(`jixiao: ${f.line}`);
              code = EXIT_UNREADABLE;
            }
          }
          onExit(code);
        },
      ),
    );

  program
    .command('fix')
    .description(helpText('cli.help.fix'))
    .argument('<file>', helpText('cli.help.file'))
    .option('-o, --out <file>', helpText('cli.help.fix-out'))
    .addOption(maxCellsOption())
    .addOption(langOption())
    .action(
      guarded(
        (_f: string, o: { lang: Lang }) => o.lang,
        async (file: string, opts: { out?: string; lang: Lang; maxCells?: number }) => {
          await prepareOutput(opts.out ?? defaultFixOutput(file), [file]);
          const r = await runFix(file, opts);
          for (const c of r.changes) {
            out(
              message('cli.fix-change', opts.lang, {
                where: where(c.sheet, c.cell),
                before: c.before || message('cli.fix-empty', opts.lang),
                after: c.after,
                rule: c.message || c.rule,
              }),
            );
          }
          if (r.changes.length === 0) out(message('cli.fix-none', opts.lang));
          out(
            message('cli.fix-written-n', opts.lang, {
              path: r.out,
              fixes: countOf('safe-fixes', r.changes.length, opts.lang),
            }),
          );
          onExit(r.exitCode);
        },
      ),
    );

  program
    .command('template')
    .description(helpText('cli.help.template'))
    .addOption(
      new Option('--layout <layout>', helpText('cli.help.layout'))
        .choices(['declaration', 'self-evaluation', 'split'])
        .default('declaration'),
    )
    .addOption(
      new Option('--year <year>', helpText('cli.help.year'))
        .argParser(positiveInt(9999))
        .default(new Date().getFullYear()),
    )
    .addOption(new Option('--rows <n>', helpText('cli.help.rows')).argParser(positiveInt(500)).default(20))
    .requiredOption('-o, --out <file>', helpText('cli.help.template-out'))
    .addOption(langOption())
    .action(
      guarded(
        (o: { lang: Lang }) => o.lang,
        async (opts: { layout: TemplateLayout; year: number; rows: number; out: string; lang: Lang }) => {
          await prepareOutput(opts.out, []);
          const r = await runTemplate(opts);
          out(
            message('cli.template-written-n', opts.lang, {
              path: opts.out,
              layout: message(`ui.layout.${opts.layout === 'split' ? 'declaration-split' : opts.layout}`, opts.lang),
              year: opts.year,
              rows: countOf('indicator-rows', r.rows, opts.lang),
            }),
          );
          onExit(0);
        },
      ),
    );

  program
    .command('score')
    .description(helpText('cli.help.score'))
    .argument('<file>', helpText('cli.help.file'))
    .option('-o, --out <file>', helpText('cli.help.score-out'))
    .addOption(new Option('--reverse <rule>', helpText('cli.help.reverse')).choices(['ratio', 'linear']))
    .addOption(new Option('--round <digits>', helpText('cli.help.round')).choices(['2', '0', 'none']))
    .addOption(maxCellsOption())
    .addOption(langOption())
    .action(
      guarded(
        (_f: string, o: { lang: Lang }) => o.lang,
        async (
          file: string,
          opts: { out?: string; reverse?: ReverseScoring; round?: RoundOption; lang: Lang; maxCells?: number },
        ) => {
          await prepareOutput(opts.out, [file]);
          const r = await runScore(file, opts);
          const lang = opts.lang;
          if (r.forms.length === 0) {
            err(`jixiao: ${message('cli.score-none', lang)}`);
            onExit(r.exitCode);
            return;
          }
          if (r.fromSavedSettings)
            out(
              message('cli.score-saved-settings', lang, {
                rounding: message(`pane.settings.rounding.${r.scoring.rounding}`, lang),
                reverse: message(`pane.settings.reverse.${r.scoring.reverseScoring}`, lang),
              }),
            );
          for (const f of r.forms) {
            const s = f.score;
            const pending = f.counts.completion.pending;
            let line = message('cli.score-form', lang, {
              sheet: f.sheet,
              range: f.range,
              project: f.project.name ?? '—',
              total: s?.total ?? '—',
              grade: s?.complete ? (s.grade ?? '—') : '—',
            });
            if (s && !s.complete)
              line += message('cli.score-incomplete-n', lang, { pending: countOf('pending', pending, lang) });
            out(line);
            if (s?.budget && s.budget.rate !== null) {
              out(
                '  ' +
                  message('cli.score-budget', lang, {
                    rate: `${(s.budget.rate * 100).toFixed(2)}%`,
                    score: s.budget.score ?? '—',
                  }),
              );
            }
            out('  ' + message('ui.completion', lang, f.counts.completion));
          }
          for (const k of r.kept) {
            const code = k.filled === 'score' ? 'cli.score-kept' : 'cli.score-kept-text';
            out(message(code, lang, { where: where(k.sheet, k.cell), current: k.current, score: k.score }));
          }
          for (const { sheet, note } of r.notes) out(scoreNote(sheet, note, lang));
          if (opts.out)
            out(
              message('cli.score-written-n', lang, { path: opts.out, cells: countOf('score-cells', r.written, lang) }),
            );
          onExit(r.exitCode);
        },
      ),
    );
  program
    .command('explain')
    .description(helpText('cli.help.explain'))
    .argument('[code]', helpText('cli.help.explain-code'))
    .option('--list', helpText('cli.help.explain-list'))
    .addOption(langOption())
    .action(
      guarded(
        (_c: string | undefined, o: { lang: Lang }) => o.lang,
        async (code: string | undefined, opts: { list?: boolean; lang: Lang }) => {
          if (opts.list || !code) {
            for (const line of explainList(opts.lang)) out(line);
            onExit(0);
            return;
          }
          for (const line of explain(code, opts.lang)) out(line);
          onExit(0);
        },
      ),
    );
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  installInterruptHandlers();
  let code = 0;
  const lang = argvLang(argv.slice(2));
  helpLang = lang;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    if (argv.length <= 2) throw new UsageError('cli.usage.no-command', {}, null);
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      for (const line of usageLines(err, lang)) process.stderr.write(line + '\n');
      return 2;
    }
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (typeof e.exitCode === 'number') return e.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return code;
}

let handlersInstalled = false;

/**
 * Ctrl+C or a kill mid-run: the temporary output files and the summary's spool folder are removed
 * before the process ends (130 / 143, as a shell reports a signal), so nothing is left behind.
 */
function installInterruptHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const stop = (signal: NodeJS.Signals, exitCode: number) => () => {
    removeTemporariesSync();
    const argv = process.argv;
    const at = argv.indexOf('--lang');
    const lang: Lang = argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'zh';
    process.stderr.write(`\njixiao: ${message('cli.interrupted', lang)} (${signal})\n`);
    process.exit(exitCode);
  };
  process.once('SIGINT', stop('SIGINT', 130));
  process.once('SIGTERM', stop('SIGTERM', 143));
}
