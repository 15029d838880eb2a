import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../../shared/ipc/bridge';
import { menuTemplate } from '../../../../electron/main/menuTemplate';

/** Electron's menu item type, reached through the template so this test never imports electron. */
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDev: boolean) {
  const sent: MenuCommand[] = [];
  const template = menuTemplate({ platform, isDev, send: (c) => sent.push(c) });
  return { template, all: items(template), sent };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click as unknown as (() => void) | undefined;
  if (!handler) throw new Error('menu item has no click handler');
  handler();
}

describe('application menu', () => {
  it('sends the import and edit-mode commands to the page', () => {
    const { all, sent } = build('linux', false);
    click(all.find((i) => i.label === 'Import Files…'));
    click(all.find((i) => i.label === 'Import Folder…'));
    click(all.find((i) => i.label === 'Toggle Edit Mode'));
    expect(sent).toEqual(['import-files', 'import-folder', 'toggle-edit']);
  });

  it('has the standard edit roles, zoom, About and Quit', () => {
    const roles = build('win32', false).all.map((i) => i.role).filter(Boolean);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'about', 'quit']) {
      expect(roles).toContain(role);
    }
  });

  it('offers reload and developer tools only in development', () => {
    const shipped = build('linux', false).all.map((i) => i.role);
    expect(shipped).not.toContain('toggleDevTools');
    expect(shipped).not.toContain('reload');
    const dev = build('linux', true).all.map((i) => i.role);
    expect(dev).toContain('toggleDevTools');
    expect(dev).toContain('reload');
  });

  it('puts the application menu first on macOS only', () => {
    expect(build('darwin', false).template[0].role).toBe('appMenu');
    expect(build('linux', false).template[0].label).toBe('&File');
  });
});
