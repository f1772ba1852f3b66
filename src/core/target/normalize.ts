/**
 * §3.1 Normalising a target value (steps 1–5), plus the doubled-% repair of §3.2 step 2.
 * Idempotent: normalizeTarget(normalizeTarget(x).text).text === normalizeTarget(x).text.
 */
import { PERCENT_WORD, TRAILING_PUNCTUATION as TRAILING } from '../glossary/target-vocabulary';
import { compact } from '../text';

export interface NormalizedTarget {
  text: string;
  /** `=>` or `=<` was written (target.reversed-operator); it has been mapped to ≥ / ≤. */
  reversedOperator: boolean;
  /** `%%` was written (target.double-percent); it has been collapsed to one %. */
  doublePercent: boolean;
}

function onePass(input: string): NormalizedTarget {
  let reversedOperator = false;
  let doublePercent = false;
  // 1. NFKC  2. whitespace and zero-width characters
  let t = compact(input);
  // 3. trailing punctuation and (含)
  t = t.replace(TRAILING, '');
  // 4. operators
  // ═ (U+2550, a box-drawing line some input methods give for =), ⩾ ⩽ and ≧ ≦ read as = ≥ ≤
  t = t.replace(/=>|=<|>=|<=|==|≧|≦|⩾|⩽|═/g, (m) => {
    switch (m) {
      case '=>':
        reversedOperator = true;
        return '≥';
      case '=<':
        reversedOperator = true;
        return '≤';
      case '>=':
      case '≧':
      case '⩾':
        return '≥';
      case '<=':
      case '≦':
      case '⩽':
        return '≤';
      default:
        return '=';
    }
  });
  // 5. 百分比 → %
  t = t.split(PERCENT_WORD).join('%');
  // doubled percent (recorded, repaired)
  if (/%%/.test(t)) {
    doublePercent = true;
    t = t.replace(/%{2,}/g, '%');
  }
  return { text: t, reversedOperator, doublePercent };
}

export function normalizeTarget(text: string): NormalizedTarget {
  const input = text ?? '';
  let result = onePass(input);
  if (result.text === input) return result; // already normal: another pass would change nothing
  // Mapping can expose new pairs ("==>" → "=>"; "95%。;" → "95%。"): repeat to a fixed point.
  for (let i = 0; i < 8; i++) {
    const next = onePass(result.text);
    if (next.text === result.text) break;
    result = {
      text: next.text,
      reversedOperator: result.reversedOperator || next.reversedOperator,
      doublePercent: result.doublePercent || next.doublePercent,
    };
  }
  return result;
}
