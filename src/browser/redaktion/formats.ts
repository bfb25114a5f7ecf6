/** The files' formats the forms read and write (Decap's custom formats): the minutes, the two registries, the site setting. */
import { FORMATS } from '../../redaktion/config.ts';
import { minutesFromFile, minutesToFile, type MinutesEntry } from '../../redaktion/minutes-format.ts';
import {
  AGENCY_FIELDS,
  registryFromFile,
  registryToFile,
  settingFromFile,
  settingToFile,
  TOPIC_FIELDS,
} from '../../redaktion/registry-format.ts';
import type { YamlValue } from '../../redaktion/yaml-document.ts';
import type { Cms } from './decap.ts';

/** The form's helper fields, which are not part of the file. */
const HELPERS = ['ordimport', 'kontroll'];

const withoutHelpers = (data: unknown) =>
  Object.fromEntries(Object.entries((data ?? {}) as Record<string, unknown>).filter(([key]) => !HELPERS.includes(key)));

/** Registers the formats with Decap. */
export function registerFormats(cms: Cms): void {
  cms.registerCustomFormat(FORMATS.minutes, 'md', {
    fromFile: (text) => minutesFromFile(text),
    toFile: (data) => minutesToFile(withoutHelpers(data) as Partial<MinutesEntry>),
  });
  cms.registerCustomFormat(FORMATS.agencies, 'yml', {
    fromFile: (text) => registryFromFile(text),
    toFile: (data) => registryToFile(data as { entries: Record<string, YamlValue>[] }, AGENCY_FIELDS),
  });
  cms.registerCustomFormat(FORMATS.topics, 'yml', {
    fromFile: (text) => registryFromFile(text),
    toFile: (data) => registryToFile(data as { entries: Record<string, YamlValue>[] }, TOPIC_FIELDS),
  });
  cms.registerCustomFormat(FORMATS.setting, 'yml', {
    fromFile: (text) => settingFromFile(text),
    toFile: (data) => settingToFile(data as Record<string, YamlValue>),
  });
}
