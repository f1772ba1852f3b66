import { parseSettings, savedScoringDifferences, serializeSettings } from '../../src/core/settings-store';
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

describe('savedScoringDifferences', () => {
  test('names what saved scoring settings change from the defaults, in words; null when nothing', () => {
    expect(savedScoringDifferences(DEFAULT_SCORING_OPTIONS, 'zh')).toBeNull();
    expect(savedScoringDifferences({ ...DEFAULT_SCORING_OPTIONS, rounding: 'integer' }, 'zh')).toBe('得分取舍：取整数');
    expect(
      savedScoringDifferences(
        {
          ...DEFAULT_SCORING_OPTIONS,
          reverseScoring: 'linear',
          qualitativeTiers: { met: 1, partial: 1, notMet: 0 },
          grades: { excellent: 80, good: 70, fair: 60 },
        },
        'en',
      ),
    ).toBe(
      'Scoring of reverse indicators: Linear deduction; Qualitative tier scores (0–1): 1/1/0; other scoring parameters (grade lines, default weights, …)',
    );
  });
});
