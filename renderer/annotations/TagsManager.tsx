/**
 * Tags across the whole library: their colours (which highlights take), renaming one everywhere, and merging
 * several into one. Each action is one round trip; the panel reloads the annotations afterwards.
 */
import { useState } from 'react';
import type { ChannelOutput } from '../../shared/ipc/contract';
import { call } from '../api';

/** One tag row as `tags.list` gives it. */
export type TagRow = ChannelOutput<'tags.list'>[number];

/** The tag manager. `onChanged` runs after any change, `onError` reports a failed call. */
export function TagsManager(props: { tags: TagRow[]; onChanged(): void; onError(title: string, error: unknown): void }) {
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [into, setInto] = useState('');

  const run = async (title: string, action: () => Promise<unknown>) => {
    try {
      await action();
      props.onChanged();
    } catch (error) {
      props.onError(title, error);
    }
  };

  if (props.tags.length === 0) return <p className="muted empty-note">No tags yet. Tag a selection with Alt+T.</p>;
  return (
    <div className="tags-manager" data-testid="tags-manager">
      <ul>
        {props.tags.map((tag) => (
          <li key={tag.name} data-testid="tag-row" data-tag={tag.name}>
            <input
              type="checkbox"
              aria-label={`Pick ${tag.name} to merge`}
              checked={picked.includes(tag.name)}
              onChange={(e) => setPicked((p) => (e.target.checked ? [...p, tag.name] : p.filter((n) => n !== tag.name)))}
            />
            <input
              type="color"
              aria-label={`Colour of ${tag.name}`}
              value={tag.colour ?? '#ffd54f'}
              onChange={(e) => void run('Could not set the colour', () => call('tags.setColour', { name: tag.name, colour: e.target.value }))}
            />
            {renaming?.from === tag.name ? (
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const to = renaming.to.trim();
                  setRenaming(null);
                  if (to && to !== tag.name) void run('Could not rename the tag', () => call('tags.rename', { from: tag.name, to }));
                }}
              >
                <input autoFocus value={renaming.to} onChange={(e) => setRenaming({ from: tag.name, to: e.target.value })} aria-label="New name" />
                <button type="submit" className="button">
                  Rename
                </button>
              </form>
            ) : (
              <button type="button" className="link-button" onClick={() => setRenaming({ from: tag.name, to: tag.name })} title="Rename this tag everywhere">
                {tag.name}
              </button>
            )}
            <span className="muted">{tag.count}</span>
          </li>
        ))}
      </ul>
      {picked.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const target = into.trim() || picked[0];
            void run('Could not merge the tags', () => call('tags.merge', { from: picked, into: target }));
            setPicked([]);
            setInto('');
          }}
        >
          <span>Merge {picked.length} into</span>
          <input value={into} onChange={(e) => setInto(e.target.value)} placeholder={picked[0]} aria-label="Merged tag name" />
          <button type="submit" className="button">
            Merge
          </button>
        </form>
      )}
    </div>
  );
}
