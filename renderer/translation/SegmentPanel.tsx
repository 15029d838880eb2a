/**
 * The selected pair's target: the translator's text with its status (new … final) and translation-memory suggestions
 * with their percentage score; a click on a suggestion puts its English in the editor. The target is stored when the
 * user saves (button or Ctrl/⌘+Enter) and when the field loses focus with a change, so a typed target is not lost;
 * Escape leaves the field (saving) so the pair keys work again without the mouse.
 */
import { useEffect, useRef, useState } from 'react';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../shared/model/translation';
import { api } from '../api';
import type { Notifier } from '../app/Toasts';
import type { WorkspacePair } from './types';

type Suggestion = Awaited<ReturnType<(typeof api)['translation.suggest']>>[number];

/** The segment editor of one pair. */
export function SegmentPanel(props: {
  articleId: number;
  index: number;
  pair: WorkspacePair;
  notify: Notifier;
  onSave(target: string, status: SegmentStatus): Promise<void>;
}) {
  const { pair, index, articleId, notify } = props;
  const initial = pair.target ?? pair.enText;
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<SegmentStatus>(pair.targetStatus);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const statusSelect = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    setText(pair.target ?? pair.enText);
    setStatus(pair.targetStatus);
  }, [pair.target, pair.enText, pair.targetStatus, index]);

  useEffect(() => {
    let live = true;
    setSuggestions(null);
    if (pair.zh.length === 0) {
      setSuggestions([]);
      return;
    }
    const timer = setTimeout(() => {
      api['translation.suggest']({ id: articleId, pair: index, limit: 5 }).then(
        (list) => live && setSuggestions(list),
        (error: unknown) => {
          if (!live) return;
          setSuggestions([]);
          notify.error('Could not load memory suggestions', error);
        },
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [articleId, index, pair.zhText, pair.zh.length, notify]);

  const dirty = text !== initial || status !== pair.targetStatus;
  const save = (nextStatus = status): void => {
    // Typing a target moves a new segment to draft, so the status never claims "new" for a typed text.
    const effective = nextStatus === 'new' && text.trim().length > 0 ? 'draft' : nextStatus;
    void props.onSave(text, effective);
  };

  return (
    <section className="tr-segment" aria-label="Segment" data-testid="segment-panel">
      <h3>
        Pair {index + 1} <span className="muted">· target</span>
      </h3>
      <p className="tr-segment-source" lang="zh">
        {pair.zhText || <em className="muted">(nothing in Chinese)</em>}
      </p>
      <textarea
        className="tr-target"
        lang="en"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={(e) => {
          // Moving on to the status saves there, text and status in one request: two saves in a row (the text as a
          // draft, then the status) left the status a request behind, lost if the window closed in between.
          if (dirty && e.relatedTarget !== statusSelect.current) save();
        }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') {
            // Back to the pair list's keys (↑/↓, Enter…), which a text field keeps to itself; leaving saves a change.
            e.preventDefault();
            e.currentTarget.blur();
          }
        }}
        placeholder="Type the English for this pair"
        data-testid="target-text"
      />
      <div className="tr-segment-actions">
        <label>
          <span className="muted">Status </span>
          <select
            ref={statusSelect}
            value={status}
            onChange={(e) => {
              const next = e.target.value as SegmentStatus;
              setStatus(next);
              save(next);
            }}
            onBlur={() => {
              // Left without choosing another status (see the text's blur): the typed text is still saved.
              if (dirty) save();
            }}
            data-testid="target-status"
          >
            {SEGMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={!dirty} onClick={() => save()} data-testid="target-save" title="Ctrl/⌘+Enter">
          Save target
        </button>
      </div>
      <h4>Memory</h4>
      {suggestions === null ? (
        <p className="muted">Looking up the memory…</p>
      ) : suggestions.length === 0 ? (
        <p className="muted" data-testid="tm-none">
          No similar confirmed pair in the memory.
        </p>
      ) : (
        <ul className="tr-suggestions" data-testid="tm-suggestions">
          {suggestions.map((s, i) => (
            <li key={i}>
              <button type="button" className="tr-suggestion" onClick={() => setText(s.target)} title="Use this English" data-testid="tm-suggestion">
                <span className="tr-score">{Math.round(s.score)}%</span>
                <span lang="zh">{s.source}</span>
                <span lang="en">{s.target}</span>
                {s.origin && <span className="muted tr-origin">{s.origin}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
