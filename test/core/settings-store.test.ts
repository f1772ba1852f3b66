import {
  checkOptionsOf,
  normalizeSettings,
  parseSettings,
  savedSettingsDifferences,
  serializeSettings,
  type StoredSettings,
} from '../../src/core/settings-store';
import { DEFAULT_SCORING_OPTIONS, type ScoringOptions } from '../../src/core/types';

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
      'evaluation frameworks’ 一级 accepted; Scoring of reverse indicators: Linear deduction; Qualitative tier scores (0–1): 1/1/0; other scoring parameters (grade lines, default weights, …)',
    );
  });
});

describe('the check settings a workbook may carry', () => {
  test('normalizeSettings keeps those that are valid and not the default, and drops the rest', () => {
    const read = (extra: Record<string, unknown>) =>
      normalizeSettings({ scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: false, ...extra });
    expect(read({ missingUnitError: true, lowSatisfactionPercent: 90, acceptEvaluationLevel1: true })).toEqual({
      scoring: DEFAULT_SCORING_OPTIONS,
      writeStatusColumn: false,
      missingUnitError: true,
      lowSatisfactionPercent: 90,
      acceptEvaluationLevel1: true,
    });
    for (const bad of [{ missingUnitError: 'yes' }, { lowSatisfactionPercent: 150 }, { lowSatisfactionPercent: '90' }])
      expect(read(bad)).toEqual({ scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: false });
    expect(read({ lowSatisfactionPercent: 80 })).toEqual({
      scoring: DEFAULT_SCORING_OPTIONS,
      writeStatusColumn: false,
    });
  });

  test('checkOptionsOf gives the engine its options; savedSettingsDifferences names them', () => {
    const settings = {
      scoring: DEFAULT_SCORING_OPTIONS,
      writeStatusColumn: false,
      missingUnitError: true,
      lowSatisfactionPercent: 90,
    };
    expect(checkOptionsOf(settings)).toEqual({
      scoring: DEFAULT_SCORING_OPTIONS,
      acceptEvaluationLevel1: false,
      missingUnitSeverity: 'error',
      lowSatisfactionPercent: 90,
    });
    expect(checkOptionsOf({ scoring: DEFAULT_SCORING_OPTIONS, writeStatusColumn: true })).toMatchObject({
      missingUnitSeverity: 'warning',
      lowSatisfactionPercent: 80,
    });
    expect(savedSettingsDifferences(settings, 'zh')).toBe('缺少计量单位视为错误，满意度目标提示线 90%');
  });
});

test('a damaged or foreign scoring block keeps only the fields the engine knows, each of its kind', () => {
  const stored = {
    scoring: {
      ...DEFAULT_SCORING_OPTIONS,
      grades: { excellent: 85, good: 'x', fair: null, extra: 1 },
      defaultWeights: { ...DEFAULT_SCORING_OPTIONS.defaultWeights, output: Number.NaN, cost: 20 },
      farExceededRatio: 'many',
      rescaleNotApplicable: 1,
      fromANewerVersion: true,
    },
    writeStatusColumn: false,
  } as unknown as StoredSettings;
  const { scoring } = normalizeSettings(stored);
  expect(scoring).toEqual({
    ...DEFAULT_SCORING_OPTIONS,
    grades: { ...DEFAULT_SCORING_OPTIONS.grades, excellent: 85 },
    defaultWeights: { ...DEFAULT_SCORING_OPTIONS.defaultWeights, cost: 20 },
  });
  // an unknown field from a newer version is not "other scoring parameters"
  expect(
    savedSettingsDifferences(
      { scoring: { ...DEFAULT_SCORING_OPTIONS, fromANewerVersion: 1 } as ScoringOptions, writeStatusColumn: false },
      'zh',
    ),
  ).toBeNull();
});
