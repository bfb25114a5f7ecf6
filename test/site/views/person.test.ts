/** A person's pages: the items they presented, newest first, each with its opening. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import { byId, itemResolver } from '../../../src/site/views/items.ts';
import { counted } from '../../../src/site/views/listing.ts';
import { personPages } from '../../../src/site/views/person.ts';
import { MEETINGS, REGISTRIES } from '../../index/records.ts';

const index = buildIndex(MEETINGS, REGISTRIES);
const resolve = itemResolver(byId(index.items), byId(index.meetings));

describe('a person’s pages', () => {
  it('list what they presented, newest first, each item by its opening with nothing marked', () => {
    const pages = personPages(counted(index.people), resolve);
    expect(pages.map((p) => [p.url, p.total])).toEqual([
      ['/personer/anna-berg/', 3],
      ['/personer/olle-ek/', 3],
    ]);
    const olle = pages[1]!;
    expect(olle.items.map((e) => e.item.id)).toEqual(['2021-03-02#vaccination', '2021-01-19#besoksforbud', '2020-03-10#besoksforbud']);
    expect(olle.items[0]!.excerpt).toEqual([{ text: 'Vaccination: texten om vaccination.', mark: false }]);
  });
});
