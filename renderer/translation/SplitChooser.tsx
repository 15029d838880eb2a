/**
 * Where to split a pair: the pair's sentences of each side with a cut marker the user moves, the default being the
 * most likely split. Cuts are absolute sentence indices here; the view turns them into the contract's in-pair counts.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { cutsOf, defaultSplit, isValidSplit } from './splitPoints';
import type { Workspace, WorkspacePair } from './types';

function SideCuts(props: { label: string; lang: string; indices: number[]; sentences: Workspace['zhSentences']; cut: number; onCut(at: number): void; testid: string }) {
  const cuts = cutsOf(props.indices);
  if (cuts.length === 0) return null;
  return (
    <fieldset className="tr-split-side" data-testid={props.testid}>
      <legend>{props.label}</legend>
      {props.indices.map((s) => (
        <div key={s} className="tr-split-line">
          <label className="tr-split-cut">
            <input type="radio" name={props.testid} checked={props.cut === s} onChange={() => props.onCut(s)} aria-label={`Cut before sentence ${s + 1}`} />
          </label>
          <span lang={props.lang}>{props.sentences[s]?.text ?? ''}</span>
        </div>
      ))}
      <label className="tr-split-cut">
        <input
          type="radio"
          name={props.testid}
          checked={props.cut === cuts[cuts.length - 1]}
          onChange={() => props.onCut(cuts[cuts.length - 1])}
          aria-label="Keep every sentence in the first part"
        />
        <span className="muted">all in the first part</span>
      </label>
    </fieldset>
  );
}

/** The split chooser for one pair. */
export function SplitChooser(props: {
  pair: WorkspacePair;
  workspace: Workspace;
  onSplit(zhAt: number, enAt: number): void;
  onCancel(): void;
  /** The sentence tools, shown under the pair split. */
  children?: ReactNode;
}) {
  const { pair, workspace } = props;
  const initial = defaultSplit(pair.zh, pair.en);
  const [zhAt, setZhAt] = useState(initial?.zhAt ?? pair.zh[0] ?? 0);
  const [enAt, setEnAt] = useState(initial?.enAt ?? pair.en[0] ?? 0);
  const root = useRef<HTMLDivElement>(null);
  const actions = useRef<HTMLDivElement>(null);

  // Opened from the keyboard: the first cut takes the focus (↑/↓ move it, Tab goes to the next side, Enter splits).
  // The focus must not scroll by itself: focusing the Split button used to bring it to the top of a tall chooser and
  // push the pair being split, and the instructions, out of sight. Show the pair first, then as much of the chooser
  // down to its buttons as fits.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const first = el.querySelector<HTMLElement>('input[type="radio"]:checked') ?? el.querySelector<HTMLElement>('input, button');
    first?.focus({ preventScroll: true });
    actions.current?.scrollIntoView({ block: 'nearest' });
    const pairRow = el.closest('li')?.previousElementSibling;
    pairRow?.scrollIntoView({ block: 'nearest' });
  }, []);

  if (!initial) {
    return (
      <div className="tr-split" data-testid="split-chooser" ref={root}>
        <p>This pair holds one sentence on each side at most, so only the sentence itself can be split.</p>
        {props.children}
        <button type="button" className="button" onClick={props.onCancel}>
          Close
        </button>
      </div>
    );
  }
  const valid = isValidSplit(pair.zh, pair.en, zhAt, enAt);
  return (
    <div
      className="tr-split"
      data-testid="split-chooser"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
        if (e.key === 'Enter' && valid && !(e.target instanceof HTMLInputElement && e.target.readOnly)) {
          e.preventDefault();
          props.onSplit(zhAt, enAt);
        }
      }}
    >
      <p>
        Choose where the second part starts on each side (<kbd>↑</kbd>/<kbd>↓</kbd>, <kbd>Tab</kbd> to the other side), then <kbd>Enter</kbd>.
      </p>
      <SideCuts label="Chinese" lang="zh" indices={pair.zh} sentences={workspace.zhSentences} cut={zhAt} onCut={setZhAt} testid="split-zh" />
      <SideCuts label="English" lang="en" indices={pair.en} sentences={workspace.enSentences} cut={enAt} onCut={setEnAt} testid="split-en" />
      <div className="tr-split-actions" ref={actions}>
        <button type="button" className="button primary" disabled={!valid} onClick={() => props.onSplit(zhAt, enAt)} data-testid="split-apply">
          Split
        </button>
        <button type="button" className="button ghost" onClick={props.onCancel}>
          Cancel
        </button>
        {!valid && <span className="muted">Both parts need at least one sentence.</span>}
      </div>
      {props.children}
    </div>
  );
}
