import { describe, expect, it } from 'vitest';
import { ANNOTATION_COMMANDS, commandForKey, filterCommands, shortcutLabel } from '../../../../renderer/annotations/commands';

const key = (code: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('annotation commands', () => {
  it('maps Alt+C to claim and the palette to Ctrl+Shift+P (⌘ on a Mac)', () => {
    expect(commandForKey(key('KeyC', { altKey: true }), false)?.action).toBe('claim');
    expect(commandForKey(key('KeyP', { ctrlKey: true, shiftKey: true }), false)?.action).toBe('palette');
    expect(commandForKey(key('KeyP', { metaKey: true, shiftKey: true }), true)?.action).toBe('palette');
    expect(commandForKey(key('KeyP', { ctrlKey: true, shiftKey: true }), true)).toBeNull();
    expect(commandForKey(key('KeyC'), false)).toBeNull();
    expect(commandForKey(key('KeyC', { altKey: true, shiftKey: true }), false)).toBeNull();
  });

  it('gives every command a distinct shortcut and shows it as written', () => {
    const labels = ANNOTATION_COMMANDS.map((c) => shortcutLabel(c, false));
    expect(new Set(labels).size).toBe(labels.length);
    expect(shortcutLabel(ANNOTATION_COMMANDS[0], false)).toBe('Alt+C');
    expect(shortcutLabel(ANNOTATION_COMMANDS[0], true)).toBe('⌥C');
  });

  it('filters the palette by words of the label or description', () => {
    expect(filterCommands('sugg').map((c) => c.action)).toEqual(['accept']);
    expect(filterCommands('').length).toBe(ANNOTATION_COMMANDS.length - 1);
  });
});
