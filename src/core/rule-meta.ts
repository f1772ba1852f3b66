/**
 * What every rule of the engine says about itself, as an ESLint rule's `meta`: the stable code (the
 * message catalog's key), the default severity, a one-line description, whether its finding offers
 * a fix — `safe` (notation only, may be applied in bulk), `confirm` (changes the meaning: a person
 * approves it) or null — and its documentation page. The target rules (src/core/target/rules/), the
 * hierarchy rules (src/core/hierarchy/rules/), the completion rules (src/core/completion/rules/) and the
 * form and file rules (src/core/form/rules/) carry it.
 */
import type { Severity } from './types';

export interface RuleMeta {
  code: string;
  severity: Severity;
  description: string;
  fixable: 'safe' | 'confirm' | null;
  /** Path of the rule's page from the repository root: docs/rules/<code>.md. */
  docs: string;
}
