/**
 * What happens around saving and publishing: a meeting is saved as it is,
 * errors and all, as a draft; publishing is refused, in Swedish, until the
 * check passes with the registries as published. Saving and publishing a
 * registry tells the other tabs.
 */
import { COLLECTIONS } from '../../redaktion/config.ts';
import type { MinutesEntry } from '../../redaktion/minutes-format.ts';
import { AGENCY_FIELDS, registryToFile, TOPIC_FIELDS } from '../../redaktion/registry-format.ts';
import type { YamlValue } from '../../redaktion/yaml-document.ts';
import { checkEntry } from './check.ts';
import { networkName } from './check-panel.ts';
import { type Cms, plain } from './decap.ts';
import { registrySaved } from './field-bus.ts';

type Entry = { get(key: string): unknown };

/** Why a meeting may not be published, or undefined when it may. */
export function publishRefusal(values: Partial<MinutesEntry>, savedAs: string | undefined): string | undefined {
  const published = checkEntry(values, { network: networkName(), published: true, ...(savedAs ? { savedAs } : {}) });
  const errors = published.form.messages.filter((m) => m.fatal);
  if (errors.length === 0) return undefined;
  const first = errors[0]!;
  const unknown = published.form.unknownAgencies;
  const registry = unknown.length
    ? ` Finns ${unknown.join(', ')} i ett utkast av registret, publicera registret först (Aktörer i menyn).`
    : '';
  return `Mötet publiceras inte: kontrollen hittar ${errors.length} fel. Det första: ${first.text}${registry} Rätta felen, spara och publicera igen.`;
}

/** The registry an entry is, if it is one. */
function registryOf(entry: Entry): 'agencies' | 'topics' | undefined {
  const collection = entry.get('collection');
  return collection === COLLECTIONS.agencies ? 'agencies' : collection === COLLECTIONS.topics ? 'topics' : undefined;
}

function registryText(entry: Entry, which: 'agencies' | 'topics'): string {
  const data = plain<{ entries: Record<string, YamlValue>[] }>(entry.get('data'), { entries: [] });
  return registryToFile(data, which === 'agencies' ? AGENCY_FIELDS : TOPIC_FIELDS);
}

/** Registers the listeners with Decap. */
export function registerEvents(cms: Cms): void {
  cms.registerEventListener({
    name: 'prePublish',
    handler: ({ entry }) => {
      if (entry.get('collection') !== COLLECTIONS.meetings) return undefined;
      const values = plain<Partial<MinutesEntry>>(entry.get('data'), {});
      const slug = plain<string | undefined>(entry.get('slug'), undefined);
      const refusal = publishRefusal(values, slug ? `${slug}.md` : undefined);
      if (refusal) throw new Error(refusal);
      return undefined;
    },
  });
  for (const name of ['postSave', 'postPublish'] as const) {
    cms.registerEventListener({
      name,
      handler: ({ entry }) => {
        const which = registryOf(entry);
        if (which) registrySaved(which, registryText(entry, which), name === 'postPublish');
        return undefined;
      },
    });
  }
}
