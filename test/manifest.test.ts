/**
 * manifest.xml, validated OFFLINE (the online validator of office-addin-manifest is never called).
 * No XSD ships in node_modules/office-addin-manifest, so the schema's rules that matter are checked
 * here: well-formedness, required elements in schema order, the GUID id, the version format, https
 * URLs on localhost:3000 that webpack really produces, icon files of the right pixel size, every
 * resid resolving to a resource of the right kind, string length limits, locales. The XML is also
 * read by office-addin-manifest's own (offline) parser.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { COMMAND_ID } from '../src/excel/commands';

const root = path.resolve(__dirname, '..');
const MANIFEST = path.join(root, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');
const ORIGIN = 'https://localhost:3000';

// ---- an ordered element tree ---------------------------------------------------------------------

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

type Ordered = Record<string, unknown>[];

function toTree(nodes: Ordered): El[] {
  const out: El[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '?xml' || name === '#comment') continue;
    const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
    const attrs = Object.fromEntries(Object.entries(rawAttrs).map(([k, v]) => [k.replace(/^@_/, ''), String(v)]));
    const kids = node[name] as Ordered;
    const text = kids
      .filter((k) => '#text' in k)
      .map((k) => String(k['#text']))
      .join('')
      .trim();
    out.push({ name, attrs, children: toTree(kids), text });
  }
  return out;
}

const parsed = new XMLParser({
  ignoreAttributes: false,
  preserveOrder: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
}).parse(xml) as Ordered;
const officeApp = toTree(parsed).find((e) => e.name === 'OfficeApp') as El;

function child(el: El, name: string): El {
  const c = el.children.find((k) => k.name === name);
  if (!c) throw new Error(`<${el.name}> has no <${name}>`);
  return c;
}
function all(el: El, pred: (e: El) => boolean, acc: El[] = []): El[] {
  if (pred(el)) acc.push(el);
  for (const k of el.children) all(k, pred, acc);
  return acc;
}
function path_(...names: string[]): El {
  return names.reduce((el, n) => child(el, n), officeApp);
}
/** Children names in order, checked against a schema sequence (optional entries end with ?). */
function expectSequence(el: El, sequence: string[]): void {
  const names = el.children.map((c) => c.name);
  const required = sequence.filter((s) => !s.endsWith('?'));
  for (const r of required) expect(names).toContain(r);
  const order = sequence.map((s) => s.replace(/\?$/, ''));
  const positions = names.map((n) => order.indexOf(n));
  expect(positions.every((p) => p >= 0)).toBe(true); // nothing outside the sequence
  expect([...positions].sort((a, b) => a - b)).toEqual(positions); // in schema order
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The files webpack serves from https://localhost:3000/: its HTML pages and copied folders/files. */
function webpackOutputs(): { pages: string[]; copied: string[] } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(root, 'webpack.config.js'))({}, { mode: 'production' }) as {
    plugins: {
      constructor: { name: string };
      userOptions?: { filename?: string };
      patterns?: { from: string; to: string }[];
    }[];
    devServer: { port: number; host: string };
  };
  expect(`https://${config.devServer.host}:${config.devServer.port}`).toBe(ORIGIN);
  const pages = config.plugins
    .filter((p) => p.constructor.name === 'HtmlWebpackPlugin')
    .map((p) => String(p.userOptions?.filename));
  const copied = config.plugins.flatMap((p) => p.patterns ?? []).map((p) => p.to);
  return { pages, copied };
}

// ---- tests -----------------------------------------------------------------------------------------

test('well-formed XML, an add-in-only TaskPaneApp manifest', () => {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(officeApp.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
  expect(officeApp.attrs['xsi:type']).toBe('TaskPaneApp');
  expect(officeApp.attrs['xmlns:bt']).toBe('http://schemas.microsoft.com/office/officeappbasictypes/1.0');
});

test('top-level elements: required, in schema order', () => {
  expectSequence(officeApp, [
    'Id',
    'AlternateId?',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'AllowSnapshot?',
    'VersionOverrides',
  ]);
});

test('id, version, locale, permissions, requirement set', () => {
  expect(path_('Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(path_('Version').text).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  expect(path_('Version').text).toBe('0.2.0.0');
  expect(path_('DefaultLocale').text).toBe('zh-CN');
  expect(path_('Permissions').text).toBe('ReadWriteDocument');
  expect(path_('Hosts').children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
  const sets = child(path_('Requirements'), 'Sets').children;
  // the lowest set the adapter uses unconditionally; newer ones are detected at run time
  expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', '1.7']]);
  const overrides = all(officeApp, (e) => e.name === 'Override' || e.name === 'bt:Override').map((e) => e.attrs.Locale);
  expect(overrides.length).toBeGreaterThan(0);
  expect(new Set(overrides)).toEqual(new Set(['en-US']));
});

test('display name and description: Chinese default, English override, within length limits', () => {
  for (const [name, limit] of [
    ['DisplayName', 125],
    ['Description', 250],
  ] as const) {
    const el = path_(name);
    expect(el.attrs.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
    expect(el.attrs.DefaultValue.length).toBeLessThanOrEqual(limit);
    for (const o of el.children) expect(o.attrs.Value.length).toBeLessThanOrEqual(limit);
  }
});

test('every URL is https on localhost:3000 and names a file webpack serves', () => {
  const { pages, copied } = webpackOutputs();
  expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html']));
  const urls = new Set<string>();
  for (const el of all(officeApp, () => true)) {
    for (const [k, v] of Object.entries(el.attrs)) if (/^https?:/i.test(v) && !k.startsWith('xmlns')) urls.add(v);
    if (el.name === 'AppDomain') urls.add(el.text);
  }
  expect(urls.size).toBeGreaterThan(5);
  for (const url of urls) {
    expect(url.startsWith(`${ORIGIN}/`) || url === ORIGIN).toBe(true);
    if (url === ORIGIN) continue;
    const file = url.slice(ORIGIN.length + 1);
    const served = pages.includes(file) || copied.some((to) => file === to || file.startsWith(`${to}/`));
    expect({ url, served }).toEqual({ url, served: true });
    if (file.startsWith('assets/')) expect(fs.existsSync(path.join(root, file))).toBe(true);
  }
  expect(path_('DefaultSettings', 'SourceLocation').attrs.DefaultValue).toBe(`${ORIGIN}/taskpane.html`);
});

test('icons exist in assets/ with the pixel size they are declared at', () => {
  const file = (url: string) => path.join(root, url.slice(ORIGIN.length + 1));
  expect(pngSize(file(path_('IconUrl').attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
  expect(pngSize(file(path_('HighResolutionIconUrl').attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
  const images = new Map(
    all(officeApp, (e) => e.name === 'bt:Image' && 'id' in e.attrs).map((e) => [e.attrs.id, e.attrs.DefaultValue]),
  );
  const uses = all(officeApp, (e) => e.name === 'bt:Image' && 'resid' in e.attrs);
  expect(uses.length).toBeGreaterThanOrEqual(9);
  for (const use of uses) {
    const url = images.get(use.attrs.resid) as string;
    const size = Number(use.attrs.size);
    expect([16, 32, 80]).toContain(size);
    expect(pngSize(file(url))).toEqual({ width: size, height: size });
  }
  // each group/button icon offers 16, 32 and 80
  for (const icon of all(officeApp, (e) => e.name === 'Icon')) {
    expect(icon.children.map((c) => c.attrs.size)).toEqual(['16', '32', '80']);
  }
});

describe('VersionOverrides', () => {
  const vo = path_('VersionOverrides');
  const resources = child(vo, 'Resources');
  const byKind = (kind: string) => new Map(child(resources, kind).children.map((e) => [e.attrs.id, e]));
  const images = byKind('bt:Images');
  const urls = byKind('bt:Urls');
  const short = byKind('bt:ShortStrings');
  const long = byKind('bt:LongStrings');

  test('structure and order', () => {
    expect(vo.attrs.xmlns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    expect(vo.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expectSequence(vo, ['Description?', 'Requirements?', 'Hosts', 'Resources']);
    expectSequence(resources, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    const host = child(child(vo, 'Hosts'), 'Host');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    const desktop = child(host, 'DesktopFormFactor');
    expectSequence(desktop, ['GetStarted?', 'FunctionFile', 'ExtensionPoint']);
    const ext = child(desktop, 'ExtensionPoint');
    expect(ext.attrs['xsi:type']).toBe('PrimaryCommandSurface');
    const tab = child(ext, 'OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    const group = child(tab, 'Group');
    expectSequence(group, ['Label', 'Icon', 'Control']);
    for (const control of group.children.filter((c) => c.name === 'Control')) {
      expect(control.attrs['xsi:type']).toBe('Button');
      expectSequence(control, ['Label', 'Supertip', 'Icon', 'Action']);
      expectSequence(child(control, 'Supertip'), ['Title', 'Description']);
    }
  });

  test('the Home tab group opens the pane with "绩效目标检查" and runs a check without it', () => {
    const controls = all(vo, (e) => e.name === 'Control');
    const label = (c: El) => short.get(child(c, 'Label').attrs.resid)?.attrs.DefaultValue;
    const pane = controls.find((c) => child(c, 'Action').attrs['xsi:type'] === 'ShowTaskpane') as El;
    expect(label(pane)).toBe('绩效目标检查');
    expect(urls.get(child(child(pane, 'Action'), 'SourceLocation').attrs.resid)?.attrs.DefaultValue).toBe(
      `${ORIGIN}/taskpane.html`,
    );
    const fn = controls.find((c) => child(c, 'Action').attrs['xsi:type'] === 'ExecuteFunction') as El;
    expect(child(child(fn, 'Action'), 'FunctionName').text).toBe(COMMAND_ID);
    const functionFile = all(vo, (e) => e.name === 'FunctionFile')[0];
    expect(urls.get(functionFile.attrs.resid)?.attrs.DefaultValue).toBe(`${ORIGIN}/commands.html`);
    const ids = all(officeApp, (e) => (e.name === 'Control' || e.name === 'Group') && 'id' in e.attrs).map(
      (e) => e.attrs.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(125);
  });

  test('every resid resolves to a resource of the right kind; ids are unique and ≤ 32 characters', () => {
    const all_ids = [...images.keys(), ...urls.keys(), ...short.keys(), ...long.keys()];
    expect(new Set(all_ids).size).toBe(all_ids.length);
    for (const id of all_ids) expect(id.length).toBeLessThanOrEqual(32);
    const used = new Set<string>();
    const kindOf = (el: El, parent: El | null): Map<string, El> => {
      if (el.name === 'bt:Image') return images;
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.name)) return urls;
      if (el.name === 'Description' && parent && (parent.name === 'Supertip' || parent.name === 'GetStarted'))
        return long;
      if (['Label', 'Title'].includes(el.name)) return short;
      throw new Error(`unexpected resid on <${el.name}>`);
    };
    const walk = (el: El, parent: El | null) => {
      if ('resid' in el.attrs) {
        expect({ resid: el.attrs.resid, found: kindOf(el, parent).has(el.attrs.resid) }).toEqual({
          resid: el.attrs.resid,
          found: true,
        });
        used.add(el.attrs.resid);
      }
      for (const k of el.children) walk(k, el);
    };
    walk(vo, null);
    expect(new Set(all_ids)).toEqual(used); // no unused resource
  });

  test('short strings ≤ 125, long strings ≤ 250, each with an English override', () => {
    for (const [map, limit] of [
      [short, 125],
      [long, 250],
    ] as const) {
      for (const s of map.values()) {
        expect(s.attrs.DefaultValue.length).toBeGreaterThan(0);
        expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(limit);
        const en = s.children.find((o) => o.attrs.Locale === 'en-US');
        expect(en?.attrs.Value.length).toBeGreaterThan(0);
        expect(en!.attrs.Value.length).toBeLessThanOrEqual(limit);
      }
    }
    for (const u of [...urls.values(), ...images.values()])
      expect(u.attrs.DefaultValue.length).toBeLessThanOrEqual(2048);
  });
});

test("office-addin-manifest's own offline parser reads it the same way", () => {
  // Its XML handler only parses the file (xml2js); validateManifest, which posts the file to a web
  // service, is never called. It runs in a plain node process: the package requires an ES-module-only
  // dependency (uuid) that node loads but jest's CommonJS runtime cannot.
  const script = `
    const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');
    new ManifestHandlerXml(process.argv[1]).parseManifest().then((info) => process.stdout.write(JSON.stringify(info)));`;
  const info = JSON.parse(
    execFileSync(process.execPath, ['-e', script, MANIFEST], { cwd: root, encoding: 'utf8' }),
  ) as Record<string, unknown>;
  expect(info).toMatchObject({
    id: path_('Id').text,
    version: '0.2.0.0',
    defaultLocale: 'zh-CN',
    displayName: '绩效目标表助手',
    hosts: ['Workbook'],
    officeAppType: 'TaskPaneApp',
    permissions: 'ReadWriteDocument',
    iconUrl: `${ORIGIN}/assets/icon-32.png`,
    highResolutionIconUrl: `${ORIGIN}/assets/icon-64.png`,
  });
  expect((info.defaultSettings as { sourceLocation: string }).sourceLocation).toBe(`${ORIGIN}/taskpane.html`);
});
