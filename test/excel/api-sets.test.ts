/**
 * The requirement-set gate: no office.js member newer than the manifest's minimum ExcelApi is reached
 * without a capability check.
 *
 * How: the TypeScript compiler API and its type checker read the code that runs inside Office
 * (src/excel, src/app, src/taskpane) and list every use of a member declared in @types/office-js's
 * `Excel` or `Office` namespace — property reads and writes, method calls (the overload the checker
 * resolves) and properties of object literals typed by office-js (`{ mergeUndoGroup: true }`). Each
 * member's `[Api set: ExcelApi x.y]` tag (`… 1.1 for get, 1.8 for set` read per access) gives the
 * version it needs. Members with no tag are the common API every Office has. On a union type
 * (`Excel.Range | Excel.RangeAreas`) the lowest version among the declarations counts: the newer
 * object can only exist if the call that made it was itself allowed.
 *
 * A use is GUARDED when it only runs after a check has said "yes", lexically:
 *  - it is inside the `then` of an `if`, the true branch of `?:`, or right of `&&` whose condition
 *    asserts the capability (or inside the `else` / false branch / right of `||` of one that
 *    asserts its absence: `if (!caps.notes) … else <here>`);
 *  - or it follows, in the same block, an `if (<absence>) return|throw|continue|break;`;
 *  - or it is in the body of `for (… of list)` where `const list = <condition> ? items : []`;
 *  - or it is inside a named function (declaration, method, `const f = () => …`) that is called from
 *    the scanned code, and every call site is itself guarded (the lowest version over the sites);
 * where a condition asserts a capability when it is (a conjunction containing, or the negation of a
 * disjunction of) one of:
 *  - `isExcelApiSupported('x.y')` or `Office.context.requirements.isSetSupported('ExcelApi', 'x.y')`
 *    (any set name: `isSetSupported('SharedRuntime', '1.1')` asserts SharedRuntime 1.1);
 *  - a capability flag — a property or variable named like one of the flags src/excel/capabilities.ts
 *    computes as `const flag = isExcelApiSupported('x.y')` (e.g. `this.capabilities.batchFormats`,
 *    `features.dataValidation`), or a local const initialised with such a condition;
 *  - a feature test of the very member used: `typeof Office.actions.associate === 'function'` or
 *    `X.y !== undefined` (then that member, whatever its set, is guarded); a plain truthiness test
 *    (`if (Office.actions.associate)`) only before a call of it — testing a property by reading it is
 *    already the use.
 * The guard's version must reach the member's: a 1.9 call under a 1.8 flag is NOT guarded.
 *
 * Anything else above the minimum must be in ALLOWED below, each with the reason it is safe (e.g. a
 * private function only ever called behind a check). An ALLOWED entry that no longer matches a use
 * fails too, so the list never outlives the code it excuses.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '..', '..');
const SCANNED = ['src/excel', 'src/app', 'src/taskpane'];

/**
 * Uses above the minimum that are safe without a lexical guard. Key: `<file>#<function>#<member>`,
 * where <function> is the nearest named function or method around the use; every use of that member
 * in that function is excused. Keep each reason true, or fix the code instead.
 */
const ALLOWED: Record<string, string> = {
  // run(): `grouped` is `options.group && features.undoGrouping` (capabilities: ExcelApi 1.20), so the
  // mergeUndoGroup option is only ever passed where the set is supported.
  'src/excel/batch.ts#run#Excel.RunOptions.mergeUndoGroup': 'grouped only when features.undoGrouping (1.20)',
  // queueLooks(): the notes Map is filled only inside `if (features.notes)` (ExcelApi 1.18); without
  // notes it stays empty and `n && !n.isNullObject ? n.content : null` never reads a Note.
  'src/excel/paint.ts#queueLooks#Excel.Note.content': 'the notes Map is filled only when features.notes (1.18)',
  // readWhole(features, name, merges): its callers pass `merges` = features.mergedAreas (ExcelApi 1.13)
  // or false; the merged areas are read only `if (merges)`.
  'src/excel/read.ts#readWhole#Excel.Range.getMergedAreasOrNullObject':
    'merges is true only when features.mergedAreas (1.13)',
  'src/excel/read.ts#readWhole#Excel.RangeAreas.address':
    'a RangeAreas from getMergedAreasOrNullObject, itself behind mergedAreas (1.13)',
  // readMergesByBands(): called only when `suspicious` (true only if merges were asked, i.e.
  // features.mergedAreas, or set to features.mergedAreas) or behind `features.mergedAreas ? … : []`.
  'src/excel/read.ts#readMergesByBands#Excel.Range.getMergedAreasOrNullObject':
    'every caller is behind features.mergedAreas (1.13)',
  'src/excel/read.ts#readMergesByBands#Excel.RangeAreas.address':
    'a RangeAreas from getMergedAreasOrNullObject, itself behind mergedAreas (1.13)',
};

// ---------------------------------------------------------------------------------------------------

interface ApiSet {
  set: string;
  version: string;
}

interface Use {
  file: string;
  /** The nearest named function or method around the use ('<module>' at top level). */
  fn: string;
  line: number;
  member: string;
  access: 'get' | 'set' | 'call' | 'literal';
  /** null: no [Api set] tag (the common API every Office has). */
  needs: ApiSet | null;
  guard: Map<string, string>;
  /** Member expressions a condition feature-tested (`typeof X.y === 'function'`). */
  tested: Set<string>;
  /** Member expressions a condition found truthy (`Office.actions && …`). */
  truthy: Set<string>;
  text: string;
}

export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function maxVersion(a: string | undefined, b: string): string {
  return a === undefined || compareVersions(b, a) > 0 ? b : a;
}

/** The manifest's minimum: <Set Name="ExcelApi" MinVersion="1.7"/>. */
function manifestMinimum(): string {
  const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
  if (!m) throw new Error('manifest.xml declares no ExcelApi minimum');
  return m[1];
}

/** `[Api set: ExcelApi 1.1 for get, 1.8 for set]` → per access; `[Api set: ExcelApi 1.9]` → both. */
export function parseApiSet(comment: string): { get: ApiSet; set: ApiSet } | null {
  const m = /\[Api set: ([A-Za-z]+) ([\d.]+)(?: for get, ([\d.]+) for set)?/.exec(comment);
  if (!m) return null;
  return { get: { set: m[1], version: m[2] }, set: { set: m[1], version: m[3] ?? m[2] } };
}

function walkFiles(dir: string): string[] {
  const out: string[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walkFiles(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
  return { ...ts.parseJsonConfigFileContent(config.config, ts.sys, root).options, noEmit: true };
}

/** Capability flag → ExcelApi version, from `const flag = isExcelApiSupported('x.y')` in capabilities.ts. */
export function capabilityFlags(source: ts.SourceFile): Map<string, string> {
  const flags = new Map<string, string>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isCallExpression(n.initializer)) {
      const c = n.initializer;
      const arg = c.arguments[0];
      if (
        ts.isIdentifier(c.expression) &&
        c.expression.text === 'isExcelApiSupported' &&
        arg &&
        ts.isStringLiteral(arg)
      )
        flags.set(n.name.text, arg.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return flags;
}

/** The office-js namespace path of a declaration (Excel.Worksheet.getRanges), or null when not office-js's Excel/Office. */
function officeMember(decl: ts.Declaration): string | null {
  const file = decl.getSourceFile().fileName.replace(/\\/g, '/');
  if (!file.includes('/@types/office-js/')) return null;
  const names: string[] = [];
  const own = ts.getNameOfDeclaration(decl);
  if (own) names.push(own.getText());
  for (let p: ts.Node | undefined = decl.parent; p; p = p.parent) {
    if (
      (ts.isInterfaceDeclaration(p) ||
        ts.isClassDeclaration(p) ||
        ts.isModuleDeclaration(p) ||
        ts.isTypeAliasDeclaration(p)) &&
      p.name
    )
      names.unshift(p.name.getText());
  }
  return names[0] === 'Excel' || names[0] === 'Office' ? names.join('.') : null;
}

function leadingComment(decl: ts.Node): string {
  const sf = decl.getSourceFile();
  return sf.text.slice(decl.getFullStart(), decl.getStart(sf));
}

interface Asserted {
  sets: Map<string, string>;
  /** Expressions proved to exist by `typeof X === '…'` / `X !== undefined`. */
  tested: Set<string>;
  /** Expressions proved truthy by a plain test (`if (X)`): a feature test of X only when X is then called. */
  truthy: Set<string>;
}

function emptyAsserted(): Asserted {
  return { sets: new Map(), tested: new Set(), truthy: new Set() };
}

function mergeInto(into: Asserted, from: Asserted): void {
  for (const [s, v] of from.sets) into.sets.set(s, maxVersion(into.sets.get(s), v));
  for (const t of from.tested) into.tested.add(t);
  for (const t of from.truthy) into.truthy.add(t);
}

function strip(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return e;
}

/** What a condition being `positive` (true) or not proves about the running Office. */
function asserted(
  expr: ts.Expression,
  positive: boolean,
  flags: Map<string, string>,
  checker: ts.TypeChecker,
  depth = 0,
): Asserted {
  const out = emptyAsserted();
  if (depth > 8) return out;
  const e = strip(expr);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
    return asserted(e.operand, !positive, flags, checker, depth + 1);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    // a && b true: both true; a || b false: both false
    if ((op === ts.SyntaxKind.AmpersandAmpersandToken && positive) || (op === ts.SyntaxKind.BarBarToken && !positive)) {
      mergeInto(out, asserted(e.left, positive, flags, checker, depth + 1));
      mergeInto(out, asserted(e.right, positive, flags, checker, depth + 1));
      return out;
    }
    // typeof X === 'function' / X !== undefined: X exists
    const eq = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
    const ne = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    if ((eq && positive) || (ne && !positive)) {
      const l = strip(e.left);
      const r = strip(e.right);
      if (ts.isTypeOfExpression(l) && ts.isStringLiteral(r) && r.text !== 'undefined')
        out.tested.add(strip(l.expression).getText());
    }
    if ((ne && positive) || (eq && !positive)) {
      const l = strip(e.left);
      const r = strip(e.right);
      if (ts.isTypeOfExpression(l) && ts.isStringLiteral(r) && r.text === 'undefined')
        out.tested.add(strip(l.expression).getText());
      if (
        r.kind === ts.SyntaxKind.UndefinedKeyword ||
        (ts.isIdentifier(r) && r.text === 'undefined') ||
        r.kind === ts.SyntaxKind.NullKeyword
      )
        out.tested.add(l.getText());
    }
    return out;
  }
  if (!positive) return out;
  if (ts.isCallExpression(e)) {
    const callee = strip(e.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    const args = e.arguments.map((a) => strip(a));
    if (name === 'isExcelApiSupported' && args[0] && ts.isStringLiteral(args[0]))
      out.sets.set('ExcelApi', args[0].text);
    if (name === 'isSetSupported' && args[0] && ts.isStringLiteral(args[0]))
      out.sets.set(args[0].text, args[1] && ts.isStringLiteral(args[1]) ? args[1].text : '1.1');
    return out;
  }
  if (ts.isPropertyAccessExpression(e) || ts.isIdentifier(e)) {
    out.truthy.add(e.getText());
    const name = ts.isIdentifier(e) ? e.text : e.name.text;
    const flag = flags.get(name);
    if (flag) out.sets.set('ExcelApi', flag);
    if (ts.isIdentifier(e)) {
      // a local const holding a condition: const ok = isExcelApiSupported('1.9') && …
      const decl = checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (
        decl &&
        ts.isVariableDeclaration(decl) &&
        decl.initializer &&
        ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const
      ) {
        mergeInto(out, asserted(decl.initializer, true, flags, checker, depth + 1));
      }
    }
  }
  return out;
}

function exits(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s) || ts.isContinueStatement(s) || ts.isBreakStatement(s))
    return true;
  if (ts.isBlock(s)) return s.statements.length > 0 && exits(s.statements[s.statements.length - 1]);
  return false;
}

/** Everything the conditions enclosing `node` prove when it runs. */
function guardOf(node: ts.Node, flags: Map<string, string>, checker: ts.TypeChecker): Asserted {
  const out = emptyAsserted();
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) mergeInto(out, asserted(parent.expression, true, flags, checker));
      else if (child === parent.elseStatement) mergeInto(out, asserted(parent.expression, false, flags, checker));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) mergeInto(out, asserted(parent.condition, true, flags, checker));
      else if (child === parent.whenFalse) mergeInto(out, asserted(parent.condition, false, flags, checker));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
        mergeInto(out, asserted(parent.left, true, flags, checker));
      if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken)
        mergeInto(out, asserted(parent.left, false, flags, checker));
    }
    if (ts.isForOfStatement(parent) && child === parent.statement) {
      // for (const x of list) where const list = cond ? items : []: the body runs only when cond
      const list = strip(parent.expression);
      const decl = ts.isIdentifier(list) ? checker.getSymbolAtLocation(list)?.valueDeclaration : undefined;
      const init =
        decl && ts.isVariableDeclaration(decl) && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const && decl.initializer
          ? strip(decl.initializer)
          : undefined;
      if (init && ts.isConditionalExpression(init)) {
        const empty = (e: ts.Expression) =>
          ts.isArrayLiteralExpression(strip(e)) && (strip(e) as ts.ArrayLiteralExpression).elements.length === 0;
        if (empty(init.whenFalse)) mergeInto(out, asserted(init.condition, true, flags, checker));
        else if (empty(init.whenTrue)) mergeInto(out, asserted(init.condition, false, flags, checker));
      }
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      for (const s of parent.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement))
          mergeInto(out, asserted(s.expression, false, flags, checker));
      }
    }
  }
  return out;
}

/** The nearest enclosing named function: a function declaration, a method, or `const f = () => …`. */
function enclosingFunction(node: ts.Node): ts.Node | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if ((ts.isFunctionDeclaration(p) || ts.isMethodDeclaration(p)) && p.name) return p;
    if (
      (ts.isArrowFunction(p) || ts.isFunctionExpression(p)) &&
      ts.isVariableDeclaration(p.parent) &&
      ts.isIdentifier(p.parent.name)
    )
      return p.parent;
  }
  return undefined;
}

/** What holds wherever all of a function's callers run: the sets every call site proves (the lowest version). */
function callerGuard(
  fn: ts.Node | undefined,
  calls: Map<ts.Symbol, ts.CallExpression[]>,
  flags: Map<string, string>,
  checker: ts.TypeChecker,
  depth = 0,
): Map<string, string> {
  const none = new Map<string, string>();
  if (!fn || depth > 3) return none;
  const name = (fn as ts.NamedDeclaration).name;
  const symbol = name ? checker.getSymbolAtLocation(name) : undefined;
  const sites = symbol ? calls.get(symbol) : undefined;
  if (!sites || sites.length === 0) return none;
  let common: Map<string, string> | null = null;
  for (const site of sites) {
    const here = guardOf(site, flags, checker).sets;
    for (const [s, v] of callerGuard(enclosingFunction(site), calls, flags, checker, depth + 1))
      here.set(s, maxVersion(here.get(s), v));
    if (common === null) common = here;
    else {
      const next = new Map<string, string>();
      for (const [s, v] of common) {
        const w = here.get(s);
        if (w !== undefined) next.set(s, compareVersions(v, w) <= 0 ? v : w);
      }
      common = next;
    }
  }
  return common ?? none;
}

/** Every use of an office-js Excel/Office member in `files`. */
export function officeUses(files: string[], flags: Map<string, string>, options = compilerOptions()): Use[] {
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const wanted = new Set(files.map((f) => path.resolve(f)));
  // every call of a function or method of the scanned code, by the callee's symbol
  const calls = new Map<ts.Symbol, ts.CallExpression[]>();
  for (const sf of program.getSourceFiles()) {
    if (!wanted.has(path.resolve(sf.fileName))) continue;
    const index = (n: ts.Node): void => {
      if (ts.isCallExpression(n)) {
        const callee = strip(n.expression);
        const at = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
        const symbol = at ? checker.getSymbolAtLocation(at) : undefined;
        if (symbol) calls.set(symbol, [...(calls.get(symbol) ?? []), n]);
      }
      ts.forEachChild(n, index);
    };
    index(sf);
  }

  const record = (
    sf: ts.SourceFile,
    at: ts.Node,
    decls: readonly ts.Declaration[] | undefined,
    access: Use['access'],
  ) => {
    if (!decls || decls.length === 0) return;
    let member: string | null = null;
    let needs: ApiSet | null = null;
    let untagged = false;
    for (const d of decls) {
      const m = officeMember(d);
      if (!m) continue;
      member ??= m;
      const tag = parseApiSet(leadingComment(d));
      if (!tag) {
        untagged = true;
        continue;
      }
      const v = access === 'set' ? tag.set : tag.get;
      // the lowest need among the declarations (see the header on unions)
      if (!needs || (needs.set === v.set && compareVersions(v.version, needs.version) < 0)) needs = v;
    }
    if (!member) return;
    if (untagged) needs = null;
    // lexically enclosing conditions, plus what every caller of the enclosing function proves
    const guard = guardOf(at, flags, checker);
    for (const [s, v] of callerGuard(enclosingFunction(at), calls, flags, checker))
      guard.sets.set(s, maxVersion(guard.sets.get(s), v));
    const { line } = sf.getLineAndCharacterOfPosition(at.getStart(sf));
    const fnNode = enclosingFunction(at) as ts.NamedDeclaration | undefined;
    const fn = fnNode?.name ? fnNode.name.getText(sf) : '<module>';
    uses.push({
      file: path.relative(root, sf.fileName).replace(/\\/g, '/'),
      fn,
      line: line + 1,
      member,
      access,
      needs,
      guard: guard.sets,
      tested: guard.tested,
      truthy: guard.truthy,
      text: at.getText(sf),
    });
  };

  for (const sf of program.getSourceFiles()) {
    if (!wanted.has(path.resolve(sf.fileName))) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        const parent = n.parent;
        const isCall = ts.isCallExpression(parent) && parent.expression === n;
        const isWrite =
          ts.isBinaryExpression(parent) &&
          parent.left === n &&
          parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
          parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
        let decls = checker.getSymbolAtLocation(n.name)?.declarations;
        if (isCall) {
          const sig = checker.getResolvedSignature(parent as ts.CallExpression);
          if (sig?.declaration && !ts.isJSDocSignature(sig.declaration)) decls = [sig.declaration];
        }
        record(sf, n, decls, isCall ? 'call' : isWrite ? 'set' : 'get');
      } else if (ts.isObjectLiteralExpression(n)) {
        const type = checker.getContextualType(n);
        if (type) {
          for (const p of n.properties) {
            if (
              !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) ||
              !p.name ||
              !ts.isIdentifier(p.name)
            )
              continue;
            const prop = checker.getPropertyOfType(checker.getNonNullableType(type), p.name.text);
            record(sf, p, prop?.declarations, 'literal');
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return uses;
}

/** Whether a use needs more than the manifest's minimum and nothing proved it is there. */
export function unguarded(use: Use, minimum: string): boolean {
  if (!use.needs) return false;
  // a feature test of the member itself: typeof/undefined for any access; a truthiness test only
  // before a call (reading a property to test it is already the use)
  const accessText = use.text.replace(/\s+/g, '');
  const same = (t: string) => t.replace(/\s+/g, '') === accessText;
  if ([...use.tested].some(same) || (use.access === 'call' && [...use.truthy].some(same))) return false;
  if (use.needs.set === 'ExcelApi' && compareVersions(use.needs.version, minimum) <= 0) return false;
  const proved = use.guard.get(use.needs.set);
  return proved === undefined || compareVersions(proved, use.needs.version) < 0;
}

// ---------------------------------------------------------------------------------------------------

const MINIMUM = manifestMinimum();
const CAPABILITIES = path.join(root, 'src', 'excel', 'capabilities.ts');
const FLAGS = capabilityFlags(
  ts.createSourceFile(CAPABILITIES, fs.readFileSync(CAPABILITIES, 'utf8'), ts.ScriptTarget.Latest, true),
);

describe('the office.js members the add-in calls', () => {
  let uses: Use[];
  beforeAll(() => {
    uses = officeUses(
      SCANNED.flatMap((d) => walkFiles(path.join(root, d))),
      FLAGS,
    );
  }, 120_000);

  test('the manifest minimum and the capability flags are read from the code', () => {
    expect(MINIMUM).toMatch(/^1\.\d+$/);
    // the capabilities module computes its flags as `const flag = isExcelApiSupported('x.y')`
    expect(FLAGS.size).toBeGreaterThan(0);
    for (const v of FLAGS.values()) expect(v).toMatch(/^1\.\d+$/);
  });

  test('the inventory finds office.js members with their requirement sets', () => {
    const members = new Map(uses.map((u) => [u.member, u.needs ? `${u.needs.set} ${u.needs.version}` : 'common']));
    // a few every version of the Excel host has used: if these vanish the scan, not the code, is broken
    expect(members.get('Excel.run')).toBeDefined();
    expect(members.get('Excel.WorksheetCollection.getItem')).toBe('ExcelApi 1.1');
    expect([...members.keys()].some((m) => m.startsWith('Office.'))).toBe(true);
    expect(uses.every((u) => u.file.startsWith('src/'))).toBe(true);
  });

  test('the gate sees uses above the minimum, guarded ones among them (else it would prove nothing)', () => {
    const above = uses.filter(
      (u) => u.needs && (u.needs.set !== 'ExcelApi' || compareVersions(u.needs.version, MINIMUM) > 0),
    );
    expect(above.length).toBeGreaterThan(0);
    expect(above.some((u) => !unguarded(u, MINIMUM) && u.guard.size > 0)).toBe(true);
    if (process.env.JIXIAO_PRINT_API_SETS) {
      // JIXIAO_PRINT_API_SETS=1 npx jest test/excel/api-sets.test.ts — the whole inventory, one line per member and place
      const lines = uses.map(
        (u) =>
          `${u.needs ? `${u.needs.set} ${u.needs.version}` : 'common'}\t${u.member}\t${u.access}\t${u.file}:${u.line}\t${unguarded(u, MINIMUM) ? (ALLOWED[`${u.file}#${u.fn}#${u.member}`] ? 'ALLOWED' : 'UNGUARDED') : [...u.guard].map(([k, v]) => `${k} ${v}`).join(', ')}`,
      );
      console.log([...new Set(lines)].sort().join('\n'));
    }
  });

  test('no member above the manifest minimum is reachable without a capability check (or a reasoned allow-list entry)', () => {
    const offending = uses
      .filter((u) => unguarded(u, MINIMUM))
      .filter((u) => !ALLOWED[`${u.file}#${u.fn}#${u.member}`])
      .map(
        (u) =>
          `${u.file}:${u.line} (${u.fn}) ${u.member} (${u.access}) needs ${u.needs!.set} ${u.needs!.version}, guarded by ${JSON.stringify([...u.guard])}: ${u.text}`,
      );
    expect(offending).toEqual([]);
  });

  test('every allow-list entry still excuses a use that needs it', () => {
    const needed = new Set(uses.filter((u) => unguarded(u, MINIMUM)).map((u) => `${u.file}#${u.fn}#${u.member}`));
    expect(Object.keys(ALLOWED).filter((k) => !needed.has(k))).toEqual([]);
  });
});

describe('the gate itself', () => {
  const dir = path.join(root, 'test', 'tmp', 'api-sets');
  let uses: Use[];
  const flags = new Map([
    ['batchFormats', '1.9'],
    ['dataValidation', '1.8'],
  ]);

  beforeAll(() => {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'cases.ts');
    fs.writeFileSync(
      file,
      `
declare const caps: { batchFormats: boolean; dataValidation: boolean };
declare function isExcelApiSupported(v: string): boolean;
export function cases(ws: Excel.Worksheet, range: Excel.Range): void {
  ws.getRanges('A1'); // case:bare
  if (caps.batchFormats) ws.getRanges('A2'); // case:if
  if (caps.dataValidation) ws.getRanges('A3'); // case:lower-flag
  const r = caps.batchFormats ? ws.getRanges('A4') : null; // case:ternary
  void (caps.batchFormats && ws.getRanges('A5')); // case:and
  if (!caps.batchFormats) { ws.getRange('A6'); } else { ws.getRanges('A6'); } // case:else
  if (isExcelApiSupported('1.9')) ws.getRanges('A7'); // case:call
  if (Office.context.requirements.isSetSupported('ExcelApi', '1.10')) ws.getRanges('A8'); // case:isSetSupported
  range.dataValidation.clear(); // case:bare-validation
  void r;
}
export function early(ws: Excel.Worksheet): void {
  if (!caps.batchFormats) return;
  ws.getRanges('B1'); // case:early-return
}
export function nested(ws: Excel.Worksheet, items: string[]): void {
  if (caps.batchFormats) items.forEach((a) => ws.getRanges(a)); // case:callback
}
export function literal(): Promise<void> {
  return Excel.run({ mergeUndoGroup: true }, async () => undefined); // case:literal
}
function helper(ws: Excel.Worksheet): void {
  ws.getRanges('C1'); // case:helper
}
export function callsHelper(ws: Excel.Worksheet): void {
  if (caps.batchFormats) helper(ws);
}
function helper2(ws: Excel.Worksheet): void {
  ws.getRanges('C2'); // case:helper-unguarded-caller
}
export function callsHelper2(ws: Excel.Worksheet): void {
  if (caps.batchFormats) helper2(ws);
  helper2(ws);
}
export function loop(ws: Excel.Worksheet, cells: string[]): void {
  const list = caps.batchFormats ? cells : [];
  for (const c of list) ws.getRanges(c); // case:for-of
}
export function truthyRead(areas: Excel.RangeAreas): string {
  return areas.address ? areas.address : ''; // case:truthy-read
}
export function featureTest(): void {
  if (Office.actions && typeof Office.actions.associate === 'function') Office.actions.associate('x', () => undefined); // case:feature-test
}
`,
    );
    uses = officeUses([file], flags);
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const at = (c: string, member: string) => {
    const src = fs.readFileSync(path.join(dir, 'cases.ts'), 'utf8').split('\n');
    const line = src.findIndex((l) => l.includes(`// case:${c}`)) + 1;
    const found = uses.filter((u) => u.line === line && u.member === member);
    expect(found.length).toBeGreaterThan(0);
    return found.some((u) => unguarded(u, '1.7'));
  };

  test.each([
    ['bare', 'Excel.Worksheet.getRanges', true],
    ['if', 'Excel.Worksheet.getRanges', false],
    ['lower-flag', 'Excel.Worksheet.getRanges', true],
    ['ternary', 'Excel.Worksheet.getRanges', false],
    ['and', 'Excel.Worksheet.getRanges', false],
    ['else', 'Excel.Worksheet.getRanges', false],
    ['call', 'Excel.Worksheet.getRanges', false],
    ['isSetSupported', 'Excel.Worksheet.getRanges', false],
    ['bare-validation', 'Excel.Range.dataValidation', true],
    ['early-return', 'Excel.Worksheet.getRanges', false],
    ['callback', 'Excel.Worksheet.getRanges', false],
    ['literal', 'Excel.RunOptions.mergeUndoGroup', true],
    ['helper', 'Excel.Worksheet.getRanges', false],
    ['helper-unguarded-caller', 'Excel.Worksheet.getRanges', true],
    ['for-of', 'Excel.Worksheet.getRanges', false],
    ['truthy-read', 'Excel.RangeAreas.address', true],
  ])('%s: %s unguarded = %s', (c, member, expected) => {
    expect(at(c, member)).toBe(expected);
  });

  test('the tags are read per access and per overload', () => {
    expect(parseApiSet('[Api set: ExcelApi 1.1 for get, 1.8 for set]')).toEqual({
      get: { set: 'ExcelApi', version: '1.1' },
      set: { set: 'ExcelApi', version: '1.8' },
    });
    expect(parseApiSet('* [Api set: ExcelApi 1.9]')).toEqual({
      get: { set: 'ExcelApi', version: '1.9' },
      set: { set: 'ExcelApi', version: '1.9' },
    });
    expect(parseApiSet('no tag')).toBeNull();
    expect(uses.find((u) => u.member === 'Excel.Worksheet.getRange')?.needs).toEqual({
      set: 'ExcelApi',
      version: '1.1',
    });
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
  });

  test('a feature test of the member itself guards it', () => {
    const src = fs.readFileSync(path.join(dir, 'cases.ts'), 'utf8').split('\n');
    const line = src.findIndex((l) => l.includes('// case:feature-test')) + 1;
    const calls = uses.filter((u) => u.line === line && u.access === 'call');
    expect(calls.length).toBeGreaterThan(0);
    for (const u of calls) expect(unguarded(u, '1.7')).toBe(false);
  });
});
