/** A topic's pages (its signal words marked) and its history (its chart to the newest meeting, its newest item). */
import type { ItemEntry } from '../../../src/core/index-schema.ts';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import { byId, itemResolver } from '../../../src/site/views/items.ts';
import { counted } from '../../../src/site/views/listing.ts';
import { topicHistories, topicPages } from '../../../src/site/views/topic.ts';
import { MEETINGS, REGISTRIES } from '../../index/records.ts';

const index = buildIndex(MEETINGS, REGISTRIES);
const resolve = itemResolver(byId(index.items), byId(index.meetings));
const topics = counted(index.topics);
const marked = (parts: readonly { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe('a topic’s pages', () => {
  it('are those of the topics with items, their items newest first with the topic’s signal words marked', () => {
    const pages = topicPages(topics, resolve);
    expect(pages.map((p) => [p.url, p.total])).toEqual([
      ['/amnen/besoksforbud/', 4],
      ['/amnen/vaccination/', 3],
    ]);
    const besoksforbud = pages[0]!;
    expect(besoksforbud.items.map((e) => e.item.id)).toEqual(['2021-03-02#ovriga-fragor', '2021-01-19#diskussion', '2021-01-19#besoksforbud', '2020-03-10#besoksforbud']);
    expect(marked(besoksforbud.items[2]!.excerpt)).toEqual(['Besöksförbud']);
  });
});

describe('a topic’s history', () => {
  it('charts its meetings up to the date given and names its newest item, by topic id', () => {
    const histories = topicHistories(topics, resolve, '2021-03-02');
    expect(Object.keys(histories)).toEqual(['besoksforbud', 'vaccination']);
    expect(histories.vaccination!.latest.item.id).toBe('2021-03-02#vaccination');
    expect(histories.vaccination!.chart.bars.filter((b) => b.count).map((b) => [b.label, b.count])).toEqual([
      ['januari 2021', 2],
      ['mars 2021', 1],
    ]);
    expect(histories.besoksforbud!.chart.bars.at(-1)!.label).toBe('mars 2021');
  });
});

describe('a topic page’s passage under a question (issue 21 item 7)', () => {
  const item = {
    text: 'Läget i kommunerna. Hur gör vi med besöken? FoHM: Besöksförbudet gäller till maj. Och vaccinet? Det ges först.',
    questions: [
      { url: '/moten/2021-03-02/#hur-gor-vi-med-besoken', text: 'Hur gör vi med besöken?' },
      { url: '/moten/2021-03-02/#och-vaccinet', text: 'Och vaccinet?' },
    ],
  } as unknown as ItemEntry;

  it('is the question whose part holds the topic’s first signal word', async () => {
    const { passageQuestion } = await import('../../../src/site/views/items.ts');
    const { signalMatcher } = await import('../../../src/site/excerpt.ts');
    expect(passageQuestion(item, signalMatcher(['besöksförbud']))).toEqual({ url: '/moten/2021-03-02/#hur-gor-vi-med-besoken', text: 'Hur gör vi med besöken?' });
    expect(passageQuestion(item, signalMatcher(['vaccin']))?.url).toBe('/moten/2021-03-02/#och-vaccinet');
  });

  it('is none when the words stand in the item’s own text before its questions', async () => {
    const { passageQuestion } = await import('../../../src/site/views/items.ts');
    const { signalMatcher } = await import('../../../src/site/excerpt.ts');
    expect(passageQuestion(item, signalMatcher(['kommun']))).toBeUndefined();
  });
});
