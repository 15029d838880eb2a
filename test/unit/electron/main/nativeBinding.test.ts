import { describe, expect, it } from 'vitest';
import { NATIVE_BINDING_ENV, chooseNativeBinding } from '../../../../electron/main/nativeBinding';

const exists = (files: string[]) => (file: string) => files.includes(file);

describe('chooseNativeBinding (which better-sqlite3 binary Electron loads)', () => {
  it('uses the binary npm start prepared during development', () => {
    const choice = chooseNativeBinding({
      isPackaged: false,
      env: { [NATIVE_BINDING_ENV]: '/p/.cache/electron-native/x/better_sqlite3.node' },
      fileExists: exists(['/p/.cache/electron-native/x/better_sqlite3.node']),
    });
    expect(choice).toEqual({ kind: 'path', path: '/p/.cache/electron-native/x/better_sqlite3.node' });
  });

  it('explains how to start the app when the variable is missing or names nothing', () => {
    const missing = chooseNativeBinding({ isPackaged: false, env: {}, fileExists: exists([]) });
    expect(missing.kind).toBe('missing');
    expect(missing.kind === 'missing' && missing.message).toContain('npm start');
    const gone = chooseNativeBinding({ isPackaged: false, env: { [NATIVE_BINDING_ENV]: '/nowhere.node' }, fileExists: exists([]) });
    expect(gone.kind === 'missing' && gone.message).toContain('/nowhere.node');
  });

  it('ignores the variable in a packaged app, so nobody can make a shipped Glossa load a foreign library', () => {
    const choice = chooseNativeBinding({
      isPackaged: true,
      env: { [NATIVE_BINDING_ENV]: '/tmp/evil.node' },
      fileExists: exists(['/tmp/evil.node']),
    });
    expect(choice).toEqual({ kind: 'default' });
  });
});

describe('npm start and the main process agree on the variable', () => {
  it('names the same environment variable in build/scripts/electronNative.mjs', async () => {
    const script = '../../../../build/scripts/electronNative.mjs';
    const module = (await import(script)) as { NATIVE_BINDING_ENV: string };
    expect(module.NATIVE_BINDING_ENV).toBe(NATIVE_BINDING_ENV);
  });
});
