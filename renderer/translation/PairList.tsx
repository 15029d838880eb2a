/**
 * The side-by-side alignment: one row per pair, the Chinese with its wiki-links as chips and its annotations
 * highlighted as in the reader (claims and comments named on hover), the English with the claims and notes on the
 * Chinese listed under it, a confidence bar and the status. Low-confidence automatic pairs are marked. The selected row follows the keyboard (the view
 * owns the keys); a click selects too.
 */
import { Fragment, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { confidencePercent, isLowConfidence } from './attention';
import { runsAt, type HighlightSpan, type LinkSpan, type TextRun } from './linkRuns';
import type { Workspace, WorkspacePair } from './types';

type Sentence = Workspace['zhSentences'][number];

const NO_HIGHLIGHTS: readonly HighlightSpan[] = [];

function ZhRuns(props: { runs: TextRun[] }) {
  return (
    <>
      {props.runs.map((run, i) => {
        const inner = run.link ? (
          <span className="tr-chip" data-target={run.link.target} title={`${run.link.lang}:${run.link.target}`} data-testid="pair-link">
            {run.text}
          </span>
        ) : (
          run.text
        );
        const marks = run.highlights;
        if (!marks || marks.length === 0) return <span key={i}>{inner}</span>;
        const top = marks[marks.length - 1];
        return (
          <mark
            key={i}
            className={`anno anno-${top.motivation}${marks.length > 1 ? ' anno-stacked' : ''}`}
            title={marks.map((m) => m.label).join('\n')}
            data-annotation-ids={marks.map((m) => m.id).join(' ')}
            data-testid="pair-highlight"
          >
            {inner}
          </mark>
        );
      })}
    </>
  );
}

/** The pair list. */
export function PairList(props: {
  pairs: readonly WorkspacePair[];
  zhText: string;
  /** The sentences of each side, so a pair of several sentences shows where each one starts. */
  zhSentences: readonly Sentence[];
  enSentences: readonly Sentence[];
  links: readonly LinkSpan[];
  /** Annotations on the Chinese (canonical offsets of the aligned revision). */
  highlights?: readonly HighlightSpan[];
  selected: number;
  onSelect(index: number): void;
  /** Shown right under the selected pair (the split chooser), so it is where the user is looking. */
  below?: ReactNode;
}) {
  const { pairs, zhText, zhSentences, enSentences, links, selected } = props;
  const highlights = props.highlights ?? NO_HIGHLIGHTS;
  const listRef = useRef<HTMLOListElement>(null);

  const runs = useMemo(
    () =>
      pairs.map((p) => {
        const sentences = p.zh.map((k) => zhSentences[k]);
        if (sentences.every((x) => x && zhText.slice(x.start, x.end) === x.text)) {
          return sentences.map((x) => runsAt(zhText, x.start, x.end - x.start, links, highlights));
        }
        return [[{ text: p.zhText, link: null }]];
      }),
    [pairs, zhText, zhSentences, links, highlights],
  );

  useEffect(() => {
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${selected}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected, pairs]);

  if (pairs.length === 0) return <p className="muted tr-empty">No pairs yet.</p>;

  return (
    <ol className="tr-pairs" ref={listRef} data-testid="pair-list" aria-label="Aligned pairs">
      {pairs.map((pair, i) => {
        const low = isLowConfidence(pair);
        const percent = confidencePercent(pair.confidence);
        const classes = ['tr-pair', i === selected ? 'is-selected' : '', low ? 'is-low' : '', pair.status === 'confirmed' ? 'is-confirmed' : '']
          .filter(Boolean)
          .join(' ');
        const english = pair.target ?? pair.enText;
        return (
          <Fragment key={`${pair.zh.join(',')}|${pair.en.join(',')}`}>
            <li
              className={classes}
              data-index={i}
              data-status={pair.status}
              data-low={low ? 'true' : 'false'}
              data-shape={`${pair.zh.length}-${pair.en.length}`}
              aria-selected={i === selected}
              onClick={() => props.onSelect(i)}
              data-testid="pair-row"
            >
              <span className="tr-num">{i + 1}</span>
              <div className="tr-zh" lang="zh" data-testid="pair-zh">
                {pair.zh.length === 0 ? (
                <em className="muted">(nothing in Chinese)</em>
              ) : (
                runs[i].map((sentence, k) => (
                  <span key={k} className="tr-sent">
                    <ZhRuns runs={sentence} />
                  </span>
                ))
              )}
              </div>
              <div className="tr-en" lang="en" data-testid="pair-en">
                {english.length === 0 ? (
                <em className="muted">{pair.en.length === 0 && pair.target === null ? '(not translated)' : '(empty)'}</em>
              ) : pair.target === null && pair.en.length > 1 && pair.en.every((k) => enSentences[k]) ? (
                pair.en.map((k, n) => (
                  <span key={k} className="tr-sent">
                    {n > 0 ? ' ' : ''}
                    {enSentences[k].text}
                  </span>
                ))
              ) : (
                english
              )}
                {pair.notes && pair.notes.length > 0 && (
                <ul className="tr-notes" data-testid="pair-notes">
                  {pair.notes.map((note, k) => (
                    <li key={k} className={`tr-note tr-note-${note.category}`}>
                      <span className="badge subtle">{note.category}</span> {note.text}
                    </li>
                  ))}
                </ul>
              )}
              {pair.target !== null && pair.enText && pair.target !== pair.enText && (
                  <span className="tr-original muted" title="The attached English">
                    {pair.enText}
                  </span>
                )}
              </div>
              <div className="tr-meta">
                <span className="tr-conf" title={`Confidence ${percent}%`} data-testid="pair-confidence">
                  <span className="tr-conf-bar" aria-hidden="true">
                    <span style={{ width: `${percent}%` }} />
                  </span>
                  {percent}%
                </span>
                <span className={`badge ${pair.status === 'confirmed' ? 'tr-confirmed' : 'subtle'}`} data-testid="pair-status">
                  {pair.status === 'confirmed' ? '✓ confirmed' : 'auto'}
                </span>
                {low && <span className="badge tr-low">low</span>}
                {pair.target !== null && <span className="badge subtle">{pair.targetStatus}</span>}
              </div>
            </li>
            {i === selected && props.below && <li className="tr-below">{props.below}</li>}
          </Fragment>
        );
      })}
    </ol>
  );
}
