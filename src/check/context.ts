/**
 * What the validation stages of one minutes file share: the registries, the
 * front matter with the place of every value, and the findings they record.
 * Passed as one object instead of (registries, YAML, findings) by hand.
 */
import type { Position } from '../core/diagnostics.ts';
import type { Registries } from '../core/model.ts';
import type { Findings } from './findings.ts';
import { placeOf, type YamlData } from './yaml.ts';

/** The validation stages' view of one minutes file. */
export interface MeetingContext {
  registries: Registries;
  /** The front matter with places. */
  yaml: YamlData;
  /** What the stages found; the rules report it. */
  findings: Findings;
}

/** Where the front matter value at `path` is written (or its key, with `part: 'key'`). */
export function placeIn(context: MeetingContext, path: readonly (string | number)[], part: 'key' | 'value' = 'value'): Position {
  return placeOf(context.yaml, path, part);
}
