import { parseSettings, serializeSettings } from '../../src/core/settings-store';
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
