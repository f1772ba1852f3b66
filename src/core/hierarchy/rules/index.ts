/** The hierarchy rules, in the §2 order (see types.ts for the phases). */
import { emptyLevel2 } from './empty-level2';
import { legacyFramework } from './legacy-framework';
import { level2Mismatch } from './level2-mismatch';
import { misspelled } from './misspelled';
import { missingLevel1 } from './missing-level1';
import { missingLevel2 } from './missing-level2';
import { missingLevel3 } from './missing-level3';
import { nameTooLong } from './name-too-long';
import { unknownLevel1 } from './unknown-level1';
import { unknownLevel2 } from './unknown-level2';
import type { HierarchyRule } from './types';

export const HIERARCHY_RULES: readonly HierarchyRule[] = [
  // per row, first match: at most one of these per row
  missingLevel1,
  misspelled,
  unknownLevel1,
  unknownLevel2,
  missingLevel2,
  legacyFramework,
  level2Mismatch,
  missingLevel3,
  // per indicator row, accumulating
  nameTooLong,
  // per table
  emptyLevel2,
];

export type { HierarchyRule, HierarchyRowContext, HierarchyTableRow, InferredNames } from './types';
