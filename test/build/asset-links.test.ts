import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetLinkFailure, findLinks } from '../../src/build/asset-links.ts';
import { tempDir } from '../support/helpers.ts';

describe('links among the assets', () => {
  it('finds links to files and folders, at any depth, and none in a plain folder', async () => {
    const dir = await tempDir();
    const assets = path.join(dir, 'templates', 'assets');
    await mkdir(path.join(assets, 'bilder'), { recursive: true });
    await writeFile(path.join(assets, 'style.css'), '');
    expect(await findLinks(assets)).toEqual([]);
    await symlink('/etc/hostname', path.join(assets, 'bilder', 'logo.svg'));
    await symlink('/etc', path.join(assets, 'etc'));
    expect(await findLinks(assets)).toEqual([path.join(assets, 'bilder', 'logo.svg'), path.join(assets, 'etc')]);
    expect(await findLinks(path.join(dir, 'saknas'))).toEqual([]);
  });

  it('counts the assets folder itself when it is a link', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'annan'));
    await symlink(path.join(dir, 'annan'), path.join(dir, 'assets'));
    expect(await findLinks(path.join(dir, 'assets'))).toEqual([path.join(dir, 'assets')]);
  });

  it('refuses the build in Swedish, naming the file as the secretary sees it', async () => {
    const dir = await tempDir();
    const assets = path.join(dir, 'templates', 'assets');
    await mkdir(assets, { recursive: true });
    await symlink('/etc/hostname', path.join(assets, 'logo.svg'));
    const failure = await assetLinkFailure(assets, dir);
    expect(failure).toMatchObject({ kind: 'asset-link', path: path.join(assets, 'logo.svg') });
    expect(failure!.message).toBe(
      'templates/assets/logo.svg är en symbolisk länk. Bygget kopierar inte länkar till webbplatsen, eftersom en länk kan peka på filer utanför projektet som då skulle publiceras. ' +
        'Lägg en kopia av filen där i stället (till exempel cp --remove-destination "$(readlink -f templates/assets/logo.svg)" templates/assets/logo.svg), och bygg igen.',
    );
    expect(await assetLinkFailure(path.join(dir, 'templates', 'saknas'), dir)).toBeUndefined();
  });
});
