/**
 * Glossary: what forms write around an indicator's name (domain.md §2 "Normalising a name",
 * "Placeholder rows"): an enumerator before it (一、 (一) 1. (7)), a score, a template note or a
 * trailing 等 after it, the word 指标 left off (产出 for 产出指标), and the 指标1 labels of template rows.
 */

/** The word a full 一级/二级 name ends with; a name written without it is looked up with it. */
export const INDICATOR_WORD = '指标';

/** Chinese numerals of an enumerator (一、 (三)). */
export const ENUMERATOR_NUMERALS = '一二三四五六七八九十';

/**
 * A trailing score; after NFKC both (50分) and （50分） match — and the ways forms write it otherwise:
 * (50), 50分, 30分) with its opening bracket lost, (0-20)分 (a range: no single weight). A bare trailing
 * number (数量指标1) is not a score: a bracket or SCORE_WORD must be there.
 */
export const SCORE_SUFFIX = /(\(?)(\d+(?:\.\d+)?)(?:[-~—](\d+(?:\.\d+)?))?(\)?)(分?)(\)?)$/;
/** 分, the score's unit. */
export const SCORE_WORD = '分';
/** SCORE_WORD after a typed score ("18分"), dropped before reading the number. */
export const TRAILING_SCORE_WORD = /分$/u;

/** A template note after the name: (必填), (选填), (必填硬性指标). */
export const TEMPLATE_NOTE = /\([^()]*(?:必填|选填|必选|可选)[^()]*\)$/;

/** 等 ("and the like") after a full name (服务对象满意度指标等): not part of the name. */
export const ETC_WORD = '等';
export const TRAILING_ETC = /指标(等)$/;

/** A leading "指标1" / "指标1：" label in a 三级 cell (template rows). */
export const LEVEL3_LABEL = /^指标[0-9０-９]+[:：、.．]?/;
