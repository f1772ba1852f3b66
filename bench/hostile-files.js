'use strict';
/**
 * Hostile and huge workbooks, generated (never committed as binaries) for test/…/hostile*.test.ts and
 * bench/hostile-bench.js. Written as raw OOXML parts zipped with JSZip: exceljs's own writer checks
 * every merge against every other, so it cannot even write 100,000 merges in reasonable time.
 *
 *   mergeBomb()            12 KB: a small form plus one merged range A30:XFD1048576
 *   manyMerges(n)          n merged ranges A{r}:B{r} (100,000 → ≈ 0.5 MB)
 *   manyRows(n)            a declaration form with n indicator rows (130,000)
 *   zipBombDeclared(bytes) a zip whose one sheet part declares `bytes` inflated (the data is tiny)
 *   zipBombReal(bytes)     a real deflate stream of `bytes` zero bytes (3.5 GB → ≈ 3.4 MB): slow to make
 *   controlChars()         cells holding ESC/BEL/NUL-ish escapes (_x001B_ …) and a newline
 *   encryptedCfb()         a minimal OLE2 container listing EncryptionInfo / EncryptedPackage
 *   xlsWithEncryptedWords() an OLE2 container listing "Workbook" whose data holds those names as text
 */
const zlib = require('zlib');
const JSZip = require('jszip');

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function colName(c) {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One row of inline-string / number cells; `cells` is an array (index 0 → column A). */
function rowXml(r, cells) {
  let s = `<row r="${r}">`;
  cells.forEach((v, i) => {
    if (v === null || v === undefined || v === '') return;
    const ref = `${colName(i + 1)}${r}`;
    s +=
      typeof v === 'number'
        ? `<c r="${ref}"><v>${v}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
  });
  return s + '</row>';
}

/** The sheet XML from rows (array of [rowNumber, cells]) and merge refs, with an optional <dimension>. */
function sheetXml({ rows, merges = [], dimension = null }) {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  ];
  if (dimension) parts.push(`<dimension ref="${dimension}"/>`);
  parts.push('<sheetData>');
  for (const [r, cells] of rows) parts.push(rowXml(r, cells));
  parts.push('</sheetData>');
  if (merges.length) {
    parts.push(`<mergeCells count="${merges.length}">`);
    for (const m of merges) parts.push(`<mergeCell ref="${m}"/>`);
    parts.push('</mergeCells>');
  }
  parts.push('</worksheet>');
  return parts.join('');
}

/** A minimal .xlsx around sheets [{ name, xml }] (and a shared-strings part, when given). */
async function xlsx(sheets, sharedStrings = null) {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      (sharedStrings
        ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        : '') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      (sharedStrings
        ? '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        : '') +
      '</Relationships>',
  );
  if (sharedStrings) zip.file('xl/sharedStrings.xml', sharedStrings);
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

const HEADER = ['一级指标', '二级指标', '三级指标', '指标值'];
const TARGETS = ['≥200个', '≥95%', '≤128万元', '2021年12月底前', '提升', '=>150件'];

/** A small declaration form: title, header row, `n` indicator rows from `first`. */
function formRows(n, first = 3) {
  const rows = [
    [1, ['项目支出绩效目标申报表']],
    [2, HEADER],
  ];
  for (let i = 0; i < n; i++)
    rows.push([first + i, ['产出指标', '数量指标', `指标${i + 1}`, TARGETS[i % TARGETS.length]]]);
  return rows;
}

async function mergeBomb() {
  return xlsx([
    { name: '申报表', xml: sheetXml({ rows: formRows(20), merges: ['A30:XFD1048576'], dimension: 'A1:XFD1048576' }) },
  ]);
}

async function manyMerges(n = 100_000) {
  const rows = [];
  const merges = [];
  for (let r = 1; r <= n; r++) {
    rows.push([r, [r % 7 === 0 ? `行${r}` : r]]);
    merges.push(`A${r}:B${r}`);
  }
  return xlsx([{ name: 'merges', xml: sheetXml({ rows, merges }) }]);
}

async function manyRows(n = 130_000) {
  return xlsx([{ name: '申报表', xml: sheetXml({ rows: formRows(n) }) }]);
}

/** Control characters as Excel stores them in shared strings: _x001B_ escapes (and a raw newline). */
const CONTROL_TEXTS = [
  '恶意_x001B_]0;pwned_x0007_标题',
  '_x001B_[31m≥1个_x001B_[0m',
  '换行\n共检查 9 个文件：0 个错误',
];

/**
 * A declaration form whose project name, a 三级指标 and a target hold terminal escapes (ESC ]0; sets
 * the title, ESC [31m recolours, BEL rings) and a newline that forges a totals line.
 */
async function controlChars(texts = CONTROL_TEXTS) {
  const sst = [];
  const s = (t) => {
    sst.push(t);
    return `<c r="%" t="s"><v>${sst.length - 1}</v></c>`;
  };
  const cell = (ref, t) => s(t).replace('%', ref);
  const rows = [];
  rows.push(`<row r="1">${cell('A1', '项目支出绩效目标申报表')}</row>`);
  rows.push(`<row r="2">${cell('A2', '项目名称')}${cell('B2', texts[0])}</row>`);
  rows.push(
    `<row r="3">${cell('A3', '一级指标')}${cell('B3', '二级指标')}${cell('C3', '三级指标')}${cell('D3', '指标值')}</row>`,
  );
  texts.forEach((t, i) => {
    const r = 4 + i;
    rows.push(
      `<row r="${r}">${cell(`A${r}`, '产出指标')}${cell(`B${r}`, '数量指标')}${cell(`C${r}`, t)}${cell(`D${r}`, t)}</row>`,
    );
  });
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const sstXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">` +
    sst.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('') +
    '</sst>';
  return xlsx([{ name: '申报表', xml }], sstXml);
}

// ---------------------------------------------------------------------------
// Raw zips (for the bombs: sizes written by hand)
// ---------------------------------------------------------------------------

function u16(n) {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A zip of entries { name, data (compressed bytes), method (0 store, 8 deflate), inflated, crc }. */
function rawZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(0),
      u16(e.method),
      u16(0),
      u16(0x21),
      u32(e.crc),
      u32(e.data.length),
      u32(e.inflated),
      u16(name.length),
      u16(0),
      name,
    ]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        u16(0),
        u16(e.method),
        u16(0),
        u16(0x21),
        u32(e.crc),
        u32(e.data.length),
        u32(e.inflated),
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    locals.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(cd.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, cd, eocd]);
}

/** The parts of a minimal workbook, deflated, with the sheet part given separately. */
async function minimalEntries() {
  const base = await JSZip.loadAsync(await xlsx([{ name: 'S', xml: sheetXml({ rows: [[1, ['x']]] }) }]));
  const out = [];
  for (const name of Object.keys(base.files)) {
    if (name === 'xl/worksheets/sheet1.xml' || base.files[name].dir) continue;
    const raw = await base.file(name).async('nodebuffer');
    out.push({
      name,
      data: zlib.deflateRawSync(raw),
      method: 8,
      inflated: raw.length,
      crc: zlib.crc32 ? zlib.crc32(raw) : 0,
    });
  }
  return out;
}

/** A workbook whose sheet part declares `bytes` inflated bytes — the data itself is a few bytes. */
async function zipBombDeclared(bytes = 3.5e9) {
  const entries = await minimalEntries();
  const data = zlib.deflateRawSync(Buffer.from('<worksheet/>'));
  entries.push({ name: 'xl/worksheets/sheet1.xml', data, method: 8, inflated: Math.min(bytes, 0xfffffffe), crc: 0 });
  return rawZip(entries);
}

/** A real bomb: the sheet part is `bytes` zero bytes deflated (3.5 GB → ≈ 3.4 MB; takes seconds). */
async function zipBombReal(bytes = 3.5e9) {
  const entries = await minimalEntries();
  const chunks = [];
  const deflate = zlib.createDeflateRaw({ level: 9, memLevel: 9 });
  deflate.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const block = Buffer.alloc(16 * 1024 * 1024);
  for (let left = bytes; left > 0; left -= block.length) {
    const part = left >= block.length ? block : block.subarray(0, left);
    if (!deflate.write(part)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  entries.push({
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.concat(chunks),
    method: 8,
    inflated: Math.min(bytes, 0xfffffffe),
    crc: 0,
  });
  return rawZip(entries);
}

// ---------------------------------------------------------------------------
// OLE2 (compound file) containers
// ---------------------------------------------------------------------------

const CFB_SIG = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16(s) {
  const b = Buffer.alloc(s.length * 2);
  for (let i = 0; i < s.length; i++) b.writeUInt16LE(s.charCodeAt(i), i * 2);
  return b;
}

/**
 * A minimal, valid compound file: header, one FAT sector (sector 0), one directory sector (sector 1)
 * naming `streams`, and one data sector (sector 2) holding `data`.
 */
function cfb(streams, data = Buffer.alloc(0)) {
  const S = 512;
  const out = Buffer.alloc(S * 4, 0);
  const h = out.subarray(0, S);
  Buffer.from(CFB_SIG).copy(h, 0);
  h.writeUInt16LE(0x3e, 0x18);
  h.writeUInt16LE(3, 0x1a);
  h.writeUInt16LE(0xfffe, 0x1c);
  h.writeUInt16LE(9, 0x1e);
  h.writeUInt16LE(6, 0x20);
  h.writeUInt32LE(1, 0x2c); // one FAT sector
  h.writeUInt32LE(1, 0x30); // directory starts at sector 1
  h.writeUInt32LE(4096, 0x38);
  h.writeUInt32LE(0xfffffffe, 0x3c);
  h.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) h.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = out.subarray(S, 2 * S);
  for (let i = 0; i < S / 4; i++) fat.writeUInt32LE(0xffffffff, i * 4);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: the FAT itself
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  fat.writeUInt32LE(0xfffffffe, 8); // sector 2: data, end of chain
  const dir = out.subarray(2 * S, 3 * S);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const at = i * 128;
    utf16(name).copy(dir, at);
    dir.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    dir[at + 0x42] = i === 0 ? 5 : 2;
    dir.writeUInt32LE(0xffffffff, at + 0x44);
    dir.writeUInt32LE(0xffffffff, at + 0x48);
    dir.writeUInt32LE(i === 0 && streams.length ? 1 : 0xffffffff, at + 0x4c);
    dir.writeUInt32LE(i === 0 ? 0xfffffffe : 2, at + 0x74);
    dir.writeUInt32LE(i === 0 ? 0 : data.length, at + 0x78);
  });
  data.copy(out, 3 * S, 0, Math.min(data.length, S));
  return out;
}

const encryptedCfb = () => cfb(['EncryptionInfo', 'EncryptedPackage']);
/** An .xls whose only stream is "Workbook", its data holding the words "EncryptedPackage" (a cell's text). */
const xlsWithEncryptedWords = () =>
  cfb(['Workbook'], Buffer.concat([utf16('EncryptedPackage'), utf16('EncryptionInfo')]));

module.exports = {
  xlsx,
  sheetXml,
  formRows,
  mergeBomb,
  manyMerges,
  manyRows,
  controlChars,
  CONTROL_TEXTS,
  zipBombDeclared,
  zipBombReal,
  rawZip,
  cfb,
  encryptedCfb,
  xlsWithEncryptedWords,
};
