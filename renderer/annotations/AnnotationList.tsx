/**
 * The side panel's list of annotations, built to stay cheap with thousands of them: the list and each row are
 * memoised, so typing in the article (which re-renders the workspace and the panel around it) re-renders no row, and
 * only the first rows are drawn, more on request ("Show more") or when the selected annotation lies further down. An
 * article with 5,000 annotations used to rebuild 5,000 rows on every keystroke and draw them all on opening. (An
 * IntersectionObserver loading rows on scroll cost more per frame, while typing, than it saved.)
 */
import { memo, useEffect, useState } from 'react';
import { linkedSpanOf, type Annotation } from '../../shared/model/annotation';
import { findVerdict, type VerdictScale } from '../../shared/claims/verdicts';
import { describeValue } from './claimValue';
import { readableTextOn } from '../../shared/model/contrast';
import { noteOf, tagsOf } from './colours';
import { MOTIVATION_LABEL } from './labels';

/** Rows drawn at first, and added by each "Show more". */
export const LIST_PAGE = 150;

/** What the list shows. Keep every prop stable between renders (memoised arrays, callbacks) or the memo is lost. */
export interface AnnotationListProps {
  /** The annotations to list, filtered and in document order. */
  annotations: readonly Annotation[];
  /** How many annotations there are before filtering (for the empty note). */
  total: number;
  selectedId: string | null;
  /** The article's language, which the quotes are in. */
  lang: string;
  scale: VerdictScale;
  tagColours: ReadonlyMap<string, string | null>;
  colourOf(annotation: Annotation): string | null;
  onReveal(id: string): void;
}

const AnnotationRow = memo(function AnnotationRow(props: {
  annotation: Annotation;
  selected: boolean;
  lang: string;
  scale: VerdictScale;
  tagColours: ReadonlyMap<string, string | null>;
  colourOf(annotation: Annotation): string | null;
  onReveal(id: string): void;
}) {
  const { annotation: a, scale, tagColours } = props;
  const verdict = a.claim ? findVerdict(a.claim.verdict, scale) : undefined;
  const colour = props.colourOf(a);
  const link = linkedSpanOf(a);
  return (
    <li
      className={props.selected ? 'annotation-item selected' : 'annotation-item'}
      data-testid="annotation-item"
      data-id={a.id}
      data-motivation={a.motivation}
      data-anchor={a.anchor.state}
      data-verdict={a.claim?.verdict ?? ''}
    >
      <button type="button" className="annotation-summary" onClick={() => props.onReveal(a.id)}>
        <span className="annotation-kind" style={colour ? { borderColor: colour } : undefined}>
          {MOTIVATION_LABEL[a.motivation]}
        </span>
        {verdict && (
          <span className="verdict-chip" style={{ background: verdict.color, color: readableTextOn(verdict.color) }} data-testid="annotation-verdict">
            {verdict.label}
          </span>
        )}
        {a.anchor.state !== 'anchored' && <span className={`anchor-badge ${a.anchor.state}`}>{a.anchor.state}</span>}
        <span className="annotation-quote" lang={props.lang}>
          {a.target.selectors.quote.exact}
        </span>
        {link && (
          <span className="annotation-quote link-end" lang={props.lang} data-testid="annotation-link-end" data-link-anchor={link.anchor.state}>
            ↔ {link.selectors.quote.exact}
            {link.anchor.state !== 'anchored' && <span className={`anchor-badge ${link.anchor.state}`}>{link.anchor.state}</span>}
          </span>
        )}
        {noteOf(a) && <span className="annotation-note">{noteOf(a)}</span>}
        {a.claim?.value && <span className="muted">{describeValue(a.claim.value)}</span>}
        {tagsOf(a).map((t) => {
          const tagColour = tagColours.get(t);
          return (
            <span key={t} className="tag-chip" style={tagColour ? { background: tagColour, color: readableTextOn(tagColour) } : undefined}>
              {t}
            </span>
          );
        })}
      </button>
    </li>
  );
});

/** The list of annotations, drawn a page at a time. */
export const AnnotationList = memo(function AnnotationList(props: AnnotationListProps) {
  const { annotations, selectedId } = props;
  const [limit, setLimit] = useState(LIST_PAGE);

  // A selected annotation (e.g. a clicked highlight) is always drawn, however far down the list it is.
  useEffect(() => {
    if (!selectedId) return;
    const index = annotations.findIndex((a) => a.id === selectedId);
    if (index >= limit) setLimit(index + LIST_PAGE);
  }, [selectedId, annotations, limit]);

  const more = annotations.length > limit;

  return (
    <ol className="annotation-list" data-testid="annotation-list" data-total={annotations.length}>
      {annotations.slice(0, limit).map((a) => (
        <AnnotationRow
          key={a.id}
          annotation={a}
          selected={a.id === selectedId}
          lang={props.lang}
          scale={props.scale}
          tagColours={props.tagColours}
          colourOf={props.colourOf}
          onReveal={props.onReveal}
        />
      ))}
      {more && (
        <li className="muted empty-note">
          <button type="button" className="link-button" onClick={() => setLimit((l) => l + LIST_PAGE)}>
            {`Show more (${annotations.length - limit} not shown yet)`}
          </button>
        </li>
      )}
      {annotations.length === 0 && (
        <li className="muted empty-note">{props.total === 0 ? 'No annotations yet. Select words and press Alt+C to make a claim.' : 'Nothing matches these filters.'}</li>
      )}
    </ol>
  );
});
