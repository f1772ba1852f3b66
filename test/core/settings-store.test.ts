import { parseSettings, savedSettingsDifferences, serializeSettings } from '../../src/core/settings-store';
import { DEFAULT_SCORING_OPTIONS } from '../../src/core/types';

test('settings survive the round trip through their cell', () => {
  const s = { scoring: { ...DEFAULT_SCORING_OPTIONS, reverseScoring: 'linear' as const }, writeStatusColumn: true };
  expect(parseSettings(serializeSettings(s))).toEqual(s);
});

test.each([[undefined], [''], ['{oops'], ['[]'], ['{"writeStatusColumn":true}'], [42]])(
  'unreadable settings %p read as none',
  (v) => {
    expect(parseSettings(v)).toBeNull();
  },
);

describe('savedSettingsDifferences', () => {
  test('names what saved scoring settings change from the defaults, in words; null when nothing', () => {
    expect(savedSettingsDifferences({ scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: true }, 'zh')).toBeNull();
    expect(
      savedSettingsDifferences(
        { scoring: { ...DEFAULT_SCORING_OPTIONS, rounding: 'integer' }, writeStatusColumn: false },
        'zh',
      ),
    ).toBe('得分取舍：取整数');
    expect(
      savedSettingsDifferences(
        {
          scoring: {
            ...DEFAULT_SCORING_OPTIONS,
            reverseScoring: 'linear',
            qualitativeTiers: { met: 1, partial: 1, notMet: 0 },
            grades: { excellent: 80, good: 70, fair: 60 },
          },
          writeStatusColumn: false,
          acceptEvaluationLevel1: true,
        },
        'en',
      ),
    ).toBe(
      'Accept the evaluation frameworks’ 一级 (投入指标, 过程指标, 决策指标); Scoring of reverse indicators: Linear deduction; Qualitative tier scores (0–1): 1/1/0; other scoring parameters (grade lines, default weights, …)',
    );
  });
});
