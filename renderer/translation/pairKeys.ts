/**
 * The keyboard of the alignment view as data: which key does what to the selected pair. Kept apart from React so the
 * mapping can be tested, shown in the help line and changed in one place. A key typed into a text field never
 * reaches this map (the view checks the event's target first), so single letters are safe as commands.
 */

/** What a key asks the alignment view to do. */
export type PairCommand =
  | { kind: 'select'; delta: 1 | -1 }
  | { kind: 'merge' }
  | { kind: 'split' }
  | { kind: 'shift'; side: 'zh' | 'en'; direction: 'up' | 'down' }
  | { kind: 'gap'; side: 'zh' | 'en' }
  | { kind: 'confirm' }
  | { kind: 'next-attention' }
  | { kind: 'undo' };

/** The parts of a KeyboardEvent the map reads (a plain object in tests). */
export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The command for a key press, or null when the key is not one of the view's.
 * Alt+↑/↓ moves an English sentence to the neighbouring pair (the usual fix: the English broke differently), and
 * Alt+Shift+↑/↓ a Chinese one; G sets the pair's last English sentence apart as "added in translation" and Shift+G
 * its last Chinese sentence as "not translated".
 */
export function pairCommandFor(event: KeyLike): PairCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key;
  if (mod) {
    if (!event.altKey && !event.shiftKey && key.toLowerCase() === 'z') return { kind: 'undo' };
    return null;
  }
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const direction = key === 'ArrowUp' ? 'up' : 'down';
    if (event.altKey) return { kind: 'shift', side: event.shiftKey ? 'zh' : 'en', direction };
    if (event.shiftKey) return null;
    return { kind: 'select', delta: direction === 'up' ? -1 : 1 };
  }
  if (event.altKey) return null;
  if (key === 'Enter' && !event.shiftKey) return { kind: 'confirm' };
  switch (key.toLowerCase()) {
    case 'm':
      return event.shiftKey ? null : { kind: 'merge' };
    case 's':
      return event.shiftKey ? null : { kind: 'split' };
    case 'g':
      return { kind: 'gap', side: event.shiftKey ? 'zh' : 'en' };
    case 'c':
      return event.shiftKey ? null : { kind: 'confirm' };
    case 'n':
      return event.shiftKey ? null : { kind: 'next-attention' };
    default:
      return null;
  }
}

/** The help line shown above the pairs; `mod` is the platform's command key name. */
export function pairKeyHelp(mod: string): string[] {
  return [
    '↑/↓ select',
    'M merge with next',
    'S split',
    'Alt+↑/↓ move English sentence',
    'Alt+Shift+↑/↓ move Chinese sentence',
    'G gap (English) · Shift+G gap (Chinese)',
    'Enter/C confirm',
    'N next to check',
    `${mod}+Z undo`,
  ];
}

/** True when a key event comes from a place where the user types text, so the view must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** The parts of a pair the refusal check reads. */
export interface PairShape {
  zh: readonly number[];
  en: readonly number[];
}

const SIDE_NAME = { zh: 'Chinese', en: 'English' } as const;

/**
 * Why `command` cannot act on pair `selected`, in the view's words, or null when it can. A key pressed at the edge of
 * the list (Alt+↑ on the first pair, M on the last) is a harmless slip: the view says why in a passing notice instead
 * of sending the edit and showing the service's refusal as an error that stays on screen.
 */
export function pairCommandRefusal(command: PairCommand, pairs: readonly PairShape[], selected: number): string | null {
  const pair = pairs[selected];
  if (!pair) return null;
  const n = selected + 1;
  switch (command.kind) {
    case 'merge':
      return selected === pairs.length - 1 ? `Pair ${n} is the last pair: there is nothing after it to merge with.` : null;
    case 'shift': {
      const name = SIDE_NAME[command.side];
      if (pair[command.side].length === 0) return `Pair ${n} has no ${name} sentence to move.`;
      if (command.direction === 'up' && selected === 0) return `Pair ${n} is the first pair: there is no pair before it to move the ${name} sentence into.`;
      if (command.direction === 'down' && selected === pairs.length - 1) return `Pair ${n} is the last pair: there is no pair after it to move the ${name} sentence into.`;
      return null;
    }
    case 'gap': {
      const other = command.side === 'zh' ? 'en' : 'zh';
      if (pair[command.side].length === 0) return `Pair ${n} has no ${SIDE_NAME[command.side]} sentence to set apart.`;
      if (pair[other].length === 0 && pair[command.side].length === 1) {
        return command.side === 'en' ? `Pair ${n} is already English only (added in translation).` : `Pair ${n} is already Chinese only (not translated).`;
      }
      return null;
    }
    default:
      return null;
  }
}
