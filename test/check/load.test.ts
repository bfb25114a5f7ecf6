import { mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/check-archive.ts';
import { loadArchive } from '../../src/check/load.ts';
import { LARGE_FILE_BYTES } from '../../src/check/rules/file.ts';
import { decodeSource } from '../../src/check/source.ts';
import { checkSource, texts } from '../support/check.ts';
import { tempDir } from '../support/helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding a minutes file', () => {
  it('removes a UTF-8 byte order mark and turns CRLF into LF', () => {
    const file = decodeSource('a.md', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('---\r\ntitle: Åsa\r\n---\r\n')]));
    expect(file.text).toBe('---\ntitle: Åsa\n---\n');
    expect(file.encoding).toBeUndefined();
  });

  it('reports a Windows-1252 file at the first å/ä/ö instead of garbling it', () => {
    const file = decodeSource('minutes/x.md', new Uint8Array([...utf8('---\ntitle: M'), 0xf6, ...utf8('te\n')]));
    expect(file.text).toBeUndefined();
    const diagnostics = checkSource(file).filter((d) => d.ruleId === 'file-encoding');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'minutes/x.md', line: 2, column: 9, ruleId: 'file-encoding', fatal: true });
    expect(texts(diagnostics)[0]).toContain('i Windows-1252 vore det "ö"');
    expect(texts(diagnostics)[0]).toContain('Spara om filen som UTF-8');
  });

  it('reports a UTF-16 file', () => {
    const diagnostics = checkSource(decodeSource('a.md', new Uint8Array([0xff, 0xfe, 0x2d, 0x00])));
    expect(diagnostics.find((d) => d.ruleId === 'file-encoding')).toMatchObject({ line: 1, column: 1 });
    expect(texts(diagnostics).join('\n')).toContain('UTF-16');
  });

  it('warns about a file over 1 MB but still reads it', () => {
    const big = utf8(`---\ntitle: Stor\n---\n${'x'.repeat(LARGE_FILE_BYTES)}`);
    const file = decodeSource('a.md', big);
    expect(file.text?.length).toBe(big.length);
    const large = checkSource(file).filter((d) => d.ruleId === 'file-large');
    expect(large.map((d) => (d.fatal ? 'error' : 'warning'))).toEqual(['warning']);
    expect(texts(large)[0]).toMatch(/ovanligt stor \(1,0 MB/);
  });
});

describe('loading a minutes folder', () => {
  it('reads minutes and registries, and the check names files it will not use', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '2021-01-19-socialchefsnatverket.md'), '---\n---\n');
    await writeFile(path.join(dir, 'agencies.yml'), '[]');
    await writeFile(path.join(dir, 'anteckningar.docx'), 'PK');
    await writeFile(path.join(dir, '.DS_Store'), '');
    await writeFile(path.join(dir, '.2021-06-01-dold.md'), '---\n---\n');
    await mkdir(path.join(dir, 'gammalt'));
    const loaded = await loadArchive(dir);
    expect(loaded.minutes.map((m) => path.basename(m.path))).toEqual(['2021-01-19-socialchefsnatverket.md']);
    expect(loaded.agencies?.text).toBe('[]');
    const folder = checkFiles(loaded).diagnostics.filter((d) => ['file-ignored', 'registry-missing'].includes(d.ruleId));
    expect(folder.map((d) => `${path.basename(d.file)} ${d.ruleId} ${d.fatal ? 'error' : 'warning'}`)).toEqual([
      'topics.yml registry-missing error',
      '.2021-06-01-dold.md file-ignored warning',
      'anteckningar.docx file-ignored warning',
      'gammalt file-ignored warning',
    ]);
    expect(texts(folder)[3]).toBe(
      'Mappen läses inte: minnesanteckningar ska ligga direkt i ' + dir + '/. Flytta filerna dit eller ta bort mappen.',
    );
  });
});

describe('a folder that cannot be read', () => {
  it('is said in Swedish when it is missing or a file, never as an ENOENT stack trace', async () => {
    const dir = await tempDir();
    await expect(loadArchive(path.join(dir, 'finns-inte'))).rejects.toThrow(
      `Mappen "${path.join(dir, 'finns-inte')}" finns inte. Ange mappen med minnesanteckningarna, till exempel minutes.`,
    );
    await writeFile(path.join(dir, 'fil.md'), '');
    await expect(loadArchive(path.join(dir, 'fil.md'))).rejects.toMatchObject({
      name: 'UserFacingError',
      message: `"${path.join(dir, 'fil.md')}" är en fil, inte en mapp. Ange mappen med minnesanteckningarna, till exempel minutes.`,
    });
  });
});

describe('files renamed while the folder is read', () => {
  it('are read again, as an editor saving through a rename leaves them, and the load never fails', async () => {
    const dir = await tempDir();
    const names = Array.from({ length: 200 }, (_, i) => `2021-01-${String((i % 28) + 1).padStart(2, '0')}-m${i}.md`);
    await Promise.all(names.map((name) => writeFile(path.join(dir, name), `---\ntitle: Möte\n---\n`)));
    let saving = true;
    const saver = (async () => {
      while (saving) {
        for (const name of names.slice(0, 100)) {
          const file = path.join(dir, name);
          await rename(file, `${file}.x`);
          await rename(`${file}.x`, file);
        }
      }
    })();
    try {
      for (let run = 0; run < 20; run++) {
        const loaded = await loadArchive(dir);
        // Every file is there: one listed and then caught between its two renames is read again once it
        // is back; one listed under its other name is that file (the listing is one moment).
        const read = loaded.minutes.map((m) => path.basename(m.path));
        const aside = loaded.others.map((o) => path.basename(o.path).replace(/\.x$/, ''));
        expect([...read, ...aside].sort()).toEqual([...names].sort());
        expect(loaded.minutes.every((m) => m.text === '---\ntitle: Möte\n---\n')).toBe(true);
      }
    } finally {
      saving = false;
      await saver;
    }
  });
});

describe('a symbolic link in the minutes folder', () => {
  it('is read as the file it points to; one that points nowhere is named as a file not used', async () => {
    const dir = await tempDir();
    const elsewhere = await tempDir();
    await writeFile(path.join(elsewhere, 'mote.md'), '---\ntitle: Möte\n---\n');
    await symlink(path.join(elsewhere, 'mote.md'), path.join(dir, '2021-01-19-socialchefsnatverket.md'));
    await symlink(path.join(elsewhere, 'borta.md'), path.join(dir, '2021-01-26-borta.md'));
    const loaded = await loadArchive(dir);
    expect(loaded.minutes.map((m) => [path.basename(m.path), m.text])).toEqual([
      ['2021-01-19-socialchefsnatverket.md', '---\ntitle: Möte\n---\n'],
    ]);
    expect(loaded.others.map((o) => [path.basename(o.path), o.folder])).toEqual([['2021-01-26-borta.md', false]]);
  });
});
