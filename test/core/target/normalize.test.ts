import { normalizeTarget } from '../../../src/core/target/normalize';

describe('normalizeTarget', () => {
  it.each<[string, string, boolean, boolean]>([
    ['＞＝９５％', '≥95%', false, false],
    [' ≥ 95 % ', '≥95%', false, false],
    ['≥95%\u200B\uFEFF', '≥95%', false, false],
    ['≥95%。', '≥95%', false, false],
    ['≥95%；', '≥95%', false, false],
    ['≥95%;', '≥95%', false, false],
    ['≥95%，', '≥95%', false, false],
    ['≥95%,', '≥95%', false, false],
    ['≤5万元(含)', '≤5万元', false, false],
    ['≤5万元（含）', '≤5万元', false, false],
    ['>=5', '≥5', false, false],
    ['≧5', '≥5', false, false],
    ['<=5', '≤5', false, false],
    ['≦5', '≤5', false, false],
    ['==5', '=5', false, false],
    ['=>150件', '≥150件', true, false],
    ['=<5%', '≤5%', true, false],
    ['100%%', '100%', false, true],
    ['≥95%%', '≥95%', false, true],
    ['≥95百分比', '≥95%', false, false],
    ['==>5', '≥5', true, false],
    ['95%。；', '95%', false, false],
  ])('%j → %j', (input, text, reversedOperator, doublePercent) => {
    expect(normalizeTarget(input)).toEqual({ text, reversedOperator, doublePercent });
  });
});
