/**
 * Text from a workbook or a file name, made safe to print on a terminal: control characters (C0,
 * DEL, C1 — ESC sequences that recolour the terminal or set its title, BEL, a newline that forges a
 * report line) and the bidirectional overrides that reorder what a reader sees are shown as visible
 * escapes instead of being sent raw. Printable text, Chinese included, is unchanged.
 */

// C0 (tab too: it would break the report's alignment), DEL, C1, bidi embeddings/overrides/isolates,
// and the line/paragraph separators some terminals honour.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  // C0 and DEL as the Unicode "control pictures" (␛ ␇ ␊ …): visible, one column, obviously not text
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of output with every control character escaped (a newline inside becomes ␊). */
export function safeLine(text: string): string {
  return text.replace(UNSAFE, escape);
}
