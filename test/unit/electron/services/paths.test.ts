import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, userDataFolder } from '../../../../electron/services/paths';

describe('defaultDatabasePath', () => {
  it('uses the folder Electron gives app "Glossa" on Linux, honouring XDG_CONFIG_HOME', () => {
    expect(defaultDatabasePath({ platform: 'linux', env: {}, home: '/home/ana' })).toBe('/home/ana/.config/Glossa/glossa.sqlite');
    expect(defaultDatabasePath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/ana' })).toBe('/xdg/Glossa/glossa.sqlite');
    expect(defaultDatabasePath({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home: '/home/ana' })).toBe('/home/ana/.config/Glossa/glossa.sqlite');
  });

  it('uses Application Support on macOS and %APPDATA% on Windows', () => {
    expect(userDataFolder({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe('/Users/ana/Library/Application Support/Glossa');
    expect(defaultDatabasePath({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Glossa\\glossa.sqlite',
    );
  });

  it('lets GLOSSA_DB override the location', () => {
    expect(defaultDatabasePath({ platform: 'linux', env: { GLOSSA_DB: '/tmp/x.sqlite' }, home: '/home/ana' })).toBe('/tmp/x.sqlite');
  });
});
