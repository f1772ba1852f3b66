/**
 * Glossary: how forms write an amount of money — the units 元 and 万元 (and the short 万 written right
 * after a number), read by the engine's funds arithmetic (src/core/form/funds.ts).
 */

export const YUAN = '元';
export const WAN_YUAN = '万元';

/**
 * An amount as a cell's text holds it (compacted, thousands separators removed): group 1 the number,
 * group 2 its unit when written (万元, 元 or 万), then an optional bracketed breakdown —
 * "854万(高标准农田建设400万元,…)".
 */
export const AMOUNT_TEXT = /^(-?\d+(?:\.\d+)?)(万元|元|万)?(?:[(（][\s\S]*)?$/;

/** A cell's text that names its amount's unit right after the number ("164万元", "164 万元(…)"). */
export const AMOUNT_WITH_UNIT = /\d\s*(?:万元|元|万)(?:[(（][\s\S]*)?$/;

/** The unit 元 or 万元 at the end of an amount ("1,200万元"), dropped before reading the number. */
export const TRAILING_YUAN_UNIT = /(万?元)$/;
