/**
 * A small command palette (Ctrl/⌘+Shift+P) listing the annotation commands with their shortcuts; type to filter,
 * arrows to choose, Enter to run, Escape to close.
 */
import { useEffect, useState } from 'react';
import { filterCommands, shortcutLabel, type AnnotationCommand } from './commands';

/** The palette. */
export function CommandPalette(props: { mac: boolean; onRun(command: AnnotationCommand): void; onClose(): void }) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const commands = filterCommands(query);
  const chosen = commands[Math.min(index, commands.length - 1)];
  // Closing the palette gives the focus back to where it was (the caret in the text being edited), unless the command
  // it ran put it somewhere else (the composer's field).
  // Read while rendering, before the palette's own field takes the focus (autoFocus, on mount).
  const [before] = useState(() => document.activeElement);
  useEffect(() => {
    return () => {
      const now = document.activeElement;
      if (before instanceof HTMLElement && before.isConnected && (now === null || now === document.body)) before.focus();
    };
  }, [before]);
  return (
    <div className="palette-backdrop" onMouseDown={props.onClose}>
      <div className="palette" role="dialog" aria-label="Annotation commands" data-testid="command-palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          autoFocus
          value={query}
          placeholder="Type a command…"
          aria-label="Command"
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, commands.length - 1));
            else if (e.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter' && chosen) props.onRun(chosen);
            else if (e.key === 'Escape') props.onClose();
            else return;
            e.preventDefault();
          }}
        />
        <ul role="listbox">
          {commands.map((c) => (
            <li key={c.action} role="option" aria-selected={c === chosen} className={c === chosen ? 'chosen' : ''} onMouseDown={() => props.onRun(c)}>
              <span>{c.label}</span>
              <span className="muted">{c.description}</span>
              <kbd>{shortcutLabel(c, props.mac)}</kbd>
            </li>
          ))}
          {commands.length === 0 && <li className="muted">No command matches.</li>}
        </ul>
      </div>
    </div>
  );
}
