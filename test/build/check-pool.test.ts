/**
 * The check's worker pool: the same results as checking in this thread, in
 * order, and a file that takes longer than the time limit is reported and
 * stopped while the others are checked. Before, such a file (100 kB of
 * `*a_`) kept the check busy for four and a half minutes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CheckPool } from '../../src/build/check-pool.ts';
import { processFile } from '../../src/check/process-file.ts';
import { readRegistries } from '../../src/check/registry.ts';

const { registries } = readRegistries(
  { path: 'agencies.yml', text: '- id: skr\n  name: Sveriges Kommuner och Regioner\n  short: SKR\n', bytes: 0 },
  { path: 'topics.yml', text: '[]', bytes: 2 },
);
const meeting = (day: number, body: string) => {
  const date = `2021-03-${String(day).padStart(2, '0')}`;
  const text = `---\ntitle: Möte ${day}\ndate: ${date}\nspeakers:\n  - name: Anna Berg\n    agency: SKR\nagencies: [SKR]\n---\n\n## Punkt ${day} (Anna Berg, SKR)\n\n${body}\n`;
  return { path: `minutes/${date}-natverket.md`, text, bytes: text.length };
};

const pool = new CheckPool({ threads: 2, fileTimeLimitMs: 1500 });
afterAll(() => pool.close());

describe('the check pool', () => {
  it('gives the same results as checking in this thread, in the order of the files', async () => {
    const sources = Array.from({ length: 9 }, (_, i) => meeting(i + 1, i % 3 ? `Text ${i}.` : `Kontakta anna@kommun.se (${i}).`));
    const results = await pool.check(sources, registries, 'v1');
    expect(results).toEqual(sources.map((source) => processFile(source, registries)));
    expect(results.map((r) => r.meeting?.title)).toEqual(sources.map((_, i) => `Möte ${i + 1}`));
  });

  it('stops a file at the time limit with a message at it, and checks the others', async () => {
    const sources = [meeting(1, 'Före.'), meeting(2, '*a_'.repeat(33_000)), meeting(3, 'Efter.'), meeting(4, 'Sist.')];
    const results = await pool.check(sources, registries, 'v1');
    expect(results.map((r) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`))).toEqual([
      [],
      ['minutes/2021-03-02-natverket.md:1:1 file-timeout'],
      [],
      [],
    ]);
    expect(results[1]?.diagnostics[0]?.message).toContain('Kontrollen av filen avbröts efter 2 sekunder.');
    expect(results.map((r) => r.meeting?.title)).toEqual(['Möte 1', undefined, 'Möte 3', 'Möte 4']);
    // The pool goes on working after replacing the stopped worker.
    expect((await pool.check([meeting(5, 'Igen.')], registries, 'v1'))[0]?.diagnostics).toEqual([]);
  });

  it('gives every file a message, and returns, when the workers cannot load their code (a broken installation)', async () => {
    const broken = new CheckPool({ threads: 2, workerModule: new URL('../runtime/worker-modules/fail.ts', import.meta.url) });
    try {
      const results = await broken.check([meeting(1, 'Ett.'), meeting(2, 'Två.'), meeting(3, 'Tre.')], registries, 'v1');
      expect(results.map((r) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`))).toEqual([
        ['minutes/2021-03-01-natverket.md:1:1 file-failed'],
        ['minutes/2021-03-02-natverket.md:1:1 file-failed'],
        ['minutes/2021-03-03-natverket.md:1:1 file-failed'],
      ]);
      expect(results[0]?.diagnostics[0]?.message).toContain('Filen kunde inte kontrolleras till slut (trasigt dokument).');
    } finally {
      await broken.close();
    }
  });
});
