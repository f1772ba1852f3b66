/**
 * The command line: one commander definition for every command, with --help for each.
 */
import { Command, Option } from 'commander';
import { renderReport, runCheck, type CheckCommandOptions } from './check';

export function buildProgram(onExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('jixiao')
    .description('绩效目标表助手：检查财政项目支出绩效目标申报表和绩效自评表')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('check')
    .description('检查工作簿（文件或文件夹，文件夹递归查找 .xlsx/.xlsm）')
    .argument('<paths...>', '工作簿文件或文件夹')
    .addOption(new Option('--format <format>', '输出格式').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', '消息语言').choices(['zh', 'en']).default('zh'))
    .action(async (paths: string[], opts: CheckCommandOptions) => {
      const { report, exitCode } = await runCheck(paths, opts);
      process.stdout.write(renderReport(report, opts));
      onExit(exitCode);
    });
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (typeof e.exitCode === 'number') return e.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return code;
}
