/**
 * A topic's chart: items per month, quarter or year from its first item to the
 * archive's newest meeting, with geometry for the SVG and a text alternative.
 */
import { describe, expect, it } from 'vitest';
import { topicChart } from '../../src/site/chart.ts';

describe('a topic’s chart', () => {
  it('counts items per month, empty months included, up to the archive’s newest meeting', () => {
    const chart = topicChart(['2021-03-02', '2021-01-19', '2021-01-28'], '2021-05-12', 'Besöksförbud')!;
    expect(chart.unit).toBe('månad');
    expect(chart.bars.map((b) => [b.label, b.count])).toEqual([
      ['januari 2021', 2],
      ['februari 2021', 0],
      ['mars 2021', 1],
      ['april 2021', 0],
      ['maj 2021', 0],
    ]);
    expect(chart.rows).toEqual([
      { label: 'mars 2021', count: 1 },
      { label: 'januari 2021', count: 2 },
    ]);
    expect(chart.max).toBe(2);
  });

  it('says what it shows, for its text alternative', () => {
    expect(topicChart(['2021-03-02', '2021-01-19', '2021-01-28'], '2021-03-02', 'Besöksförbud')!.summary).toBe(
      'Stapeldiagram: dagordningspunkter om Besöksförbud per månad, från januari 2021 till mars 2021, sammanlagt 3 punkter. Flest i januari 2021 (2 punkter).',
    );
    expect(topicChart(['2021-03-02'], '2021-03-02', 'Statsbidrag')!.summary).toBe(
      'Stapeldiagram: dagordningspunkter om Statsbidrag per månad, från mars 2021 till mars 2021, sammanlagt 1 punkt. Flest i mars 2021 (1 punkt).',
    );
  });

  it('draws bars that stand on the baseline, as high as their share of the largest, inside the picture', () => {
    const chart = topicChart(['2021-01-19', '2021-01-20', '2021-01-21', '2021-01-22', '2021-03-02'], '2021-03-02', 'X')!;
    const [jan, feb, mar] = chart.bars;
    expect(jan!.y + jan!.height).toBe(chart.baseline);
    expect(mar!.y + mar!.height).toBe(chart.baseline);
    expect(jan!.height).toBe(4 * mar!.height);
    expect(feb!.height).toBe(0);
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
      expect(bar.y).toBeGreaterThanOrEqual(0);
    }
    expect(chart.ticks.map((t) => [t.text, t.anchor])).toEqual([
      ['jan 2021', 'start'],
      ['mar 2021', 'end'],
    ]);
    expect(chart.height).toBeGreaterThan(chart.baseline);
  });

  it('uses quarters beyond two years, and years beyond twelve', () => {
    const quarters = topicChart(['2019-02-01', '2019-03-01', '2021-12-01'], '2021-12-01', 'X')!;
    expect(quarters.unit).toBe('kvartal');
    expect(quarters.bars[0]).toMatchObject({ label: 'jan–mar 2019', count: 2 });
    expect(quarters.bars.at(-1)).toMatchObject({ label: 'okt–dec 2021', count: 1 });
    expect(quarters.bars).toHaveLength(12);
    const years = topicChart(['2005-06-01', '2021-01-01'], '2021-01-01', 'X')!;
    expect(years.unit).toBe('år');
    expect(years.bars).toHaveLength(17);
    expect(years.bars.map((b) => b.count).filter(Boolean)).toEqual([1, 1]);
    expect(years.width).toBeLessThanOrEqual(600);
  });

  it('is none for a topic without items', () => {
    expect(topicChart([], '2021-01-01', 'X')).toBeUndefined();
  });
});
