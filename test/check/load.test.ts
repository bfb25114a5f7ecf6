import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, LARGE_FILE_BYTES, loadArchive } from '../../src/check/load.ts';
import { tempDir } from '../support/helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding a minutes file', () => {
  it('removes a UTF-8 byte order mark and turns CRLF into LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('---\r\ntitle: Åsa\r\n---\r\n')]);
    const { file, diagnostics } = decodeSource('a.md', bytes);
    expect(file.text).toBe('---\ntitle: Åsa\n---\n');
    expect(diagnostics).toEqual([]);
  });

  it('reports a Windows-1252 file at the first å/ä/ö instead of garbling it', () => {
    const bytes = new Uint8Array([...utf8('---\ntitle: M'), 0xf6, ...utf8('te\n')]);
    const { file, diagnostics } = decodeSource('minutes/x.md', bytes);
    expect(file.text).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'minutes/x.md', line: 2, column: 9, ruleId: 'file-encoding', fatal: true });
    expect(diagnostics[0]?.message).toContain('i Windows-1252 vore det "ö"');
    expect(diagnostics[0]?.message).toContain('Spara om filen som UTF-8');
  });

  it('reports a UTF-16 file', () => {
    const { diagnostics } = decodeSource('a.md', new Uint8Array([0xff, 0xfe, 0x2d, 0x00]));
    expect(diagnostics[0]).toMatchObject({ ruleId: 'file-encoding', line: 1, column: 1 });
    expect(diagnostics[0]?.message).toContain('UTF-16');
  });

  it('warns about a file over 1 MB but still reads it', () => {
    const big = utf8(`---\ntitle: Stor\n---\n${'x'.repeat(LARGE_FILE_BYTES)}`);
    const { file, diagnostics } = decodeSource('a.md', big);
    expect(file.text?.length).toBe(big.length);
    expect(diagnostics.map((d) => [d.ruleId, d.fatal ? 'error' : 'warning'])).toEqual([['file-large', 'warning']]);
    expect(diagnostics[0]?.message).toMatch(/ovanligt stor \(1,0 MB/);
  });
});

describe('loading a minutes folder', () => {
  it('reads minutes and registries, and names files it will not use', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '2021-01-19-socialchefsnatverket.md'), '---\n---\n');
    await writeFile(path.join(dir, 'agencies.yml'), '[]');
    await writeFile(path.join(dir, 'anteckningar.docx'), 'PK');
    await writeFile(path.join(dir, '.DS_Store'), '');
    await mkdir(path.join(dir, 'gammalt'));
    const loaded = await loadArchive(dir);
    expect(loaded.minutes.map((m) => path.basename(m.path))).toEqual(['2021-01-19-socialchefsnatverket.md']);
    expect(loaded.agencies?.text).toBe('[]');
    const rules = loaded.diagnostics.map((d) => `${path.basename(d.file)} ${d.ruleId} ${d.fatal ? 'error' : 'warning'}`);
    expect(rules).toEqual(['anteckningar.docx file-ignored warning', 'gammalt file-ignored warning', 'topics.yml registry-missing error']);
  });
});
