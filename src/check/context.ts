/**
 * What the checks of one minutes file share: the file's reporter, the
 * registries, and the front matter with the place of every value. Passed as
 * one object instead of (file, YAML, diagnostics list) by hand.
 */
import type { FileReporter, Position } from '../core/diagnostics.ts';
import type { Registries } from './registry.ts';
import { placeOf, type YamlData } from './yaml.ts';

/** The checks' view of one minutes file. */
export interface MeetingContext {
  /** Reports a problem in this file. */
  report: FileReporter['report'];
  registries: Registries;
  /** The front matter with places. */
  yaml: YamlData;
}

/** Where the front matter value at `path` is written (or its key, with `part: 'key'`). */
export function placeIn(context: MeetingContext, path: readonly (string | number)[], part: 'key' | 'value' = 'value'): Position {
  return placeOf(context.yaml, path, part);
}
