/**
 * The selected annotation in the side panel: its anchor state (confirm a moved one, re-attach an orphan to the
 * selection), both ends of a link (jump to either, re-attach the second), its note and tags, the claim editor for claims, its history, and delete.
 */
import { useState } from 'react';
import { linkedSpanOf, type Annotation, type AnnotationHistoryEntry } from '../../shared/model/annotation';
import type { VerdictScale } from '../../shared/claims/verdicts';
import { AnnotationHistory } from './AnnotationHistory';
import { ClaimEditor, type ClaimPatch, type KeptDraft } from './ClaimEditor';
import { noteOf, tagsOf } from './colours';
import { MOTIVATION_LABEL } from './labels';
import type { LinkEnd } from './linkEnds';

/** The selected annotation: its state, note or tags, claim editor, history and delete. */
export function AnnotationDetail(props: {
  annotation: Annotation;
  /** The article's language, which the quotes are in. */
  lang: string;
  scale: VerdictScale;
  history: AnnotationHistoryEntry[] | null;
  onClose(): void;
  onConfirm(): void;
  onReattach(): Promise<void>;
  onUpdate(patch: { bodies?: Annotation['bodies']; tags?: string[]; claim?: ClaimPatch }): Promise<Annotation | null>;
  onHistory(): void;
  onDelete(): Promise<void>;
  onOpenUrl(url: string): void;
  onAttachSnapshot(sourceId: string, file: File): Promise<void>;
  onSaveSnapshot(sha256: string): void;
  /** Scrolls to and flashes one end of a link. */
  onJump(end: LinkEnd): void;
  /** Moves the second span of a link to the selection. */
  onReattachLink(): Promise<void>;
  /** Claim changes left unsaved when this annotation was last open, and where to leave them when it closes. */
  keptDraft?: KeptDraft;
  onKeepDraft?(kept: KeptDraft | null): void;
}) {
  const a = props.annotation;
  const link = linkedSpanOf(a);
  const [note, setNote] = useState(noteOf(a));
  const [tagText, setTagText] = useState(tagsOf(a).join(', '));
  const notePurpose = a.motivation === 'questioning' ? 'questioning' : 'commenting';
  const noteChanged = note !== noteOf(a);
  const tagsChanged = tagText !== tagsOf(a).join(', ');
  const saveNote = () => {
    if (noteChanged) void props.onUpdate({ bodies: [{ type: 'TextualBody', value: note, purpose: notePurpose }] });
  };
  const saveTags = () => {
    if (tagsChanged) void props.onUpdate({ tags: tagText.split(/[,，]/).map((t) => t.trim()).filter(Boolean) });
  };
  return (
    <section className="annotation-detail" data-testid="annotation-detail" data-anchor={a.anchor.state}>
      <header>
        <strong>{MOTIVATION_LABEL[a.motivation]}</strong>
        <span className={`anchor-badge ${a.anchor.state}`} data-testid="anchor-state">
          {a.anchor.state}
          {a.anchor.state !== 'anchored' && ` (${Math.round(a.anchor.confidence * 100)}%)`}
        </span>
        <span className="muted">
          by {a.creator} · {a.modified.slice(0, 16).replace('T', ' ')}
        </span>
        <button type="button" className="link-button" onClick={props.onClose} aria-label="Close">
          ×
        </button>
      </header>
      {a.anchor.state === 'moved' && (
        <p className="notice">
          The text changed here; check that this is still the right place.{' '}
          <button type="button" className="button" onClick={props.onConfirm} data-testid="anchor-confirm">
            Confirm position
          </button>
        </p>
      )}
      {a.anchor.state === 'orphaned' && (
        <p className="notice warnings" data-testid="orphan-notice">
          The words “<span lang={props.lang}>{a.target.selectors.quote.exact}</span>” are no longer in the text. Select where it belongs now and{' '}
          <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void props.onReattach()} data-testid="anchor-reattach">
            Re-attach to selection
          </button>
        </p>
      )}
      {link && (
        <div className="link-ends" data-testid="link-ends" data-link-anchor={link.anchor.state}>
          <button type="button" className="link-button" onClick={() => props.onJump('target')} data-testid="link-jump-target" lang={props.lang}>
            ① “{a.target.selectors.quote.exact}”
          </button>
          <span aria-hidden="true"> ↔ </span>
          <button type="button" className="link-button" onClick={() => props.onJump('link')} disabled={link.anchor.state === 'orphaned'} data-testid="link-jump-link" lang={props.lang}>
            ② “{link.selectors.quote.exact}”
          </button>
          {link.anchor.state !== 'anchored' && <span className={`anchor-badge ${link.anchor.state}`}>② {link.anchor.state}</span>}
          {link.anchor.state === 'moved' && (
            <button type="button" className="button" onClick={props.onConfirm} data-testid="link-confirm">
              Confirm both ends
            </button>
          )}
          {link.anchor.state === 'orphaned' && (
            <p className="notice warnings" data-testid="link-orphan-notice">
              The second span is no longer in the text. Select where it belongs now and{' '}
              <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void props.onReattachLink()} data-testid="link-reattach">
                Re-attach second span
              </button>
            </p>
          )}
        </div>
      )}
      {a.motivation !== 'assessing' && a.motivation !== 'highlighting' && a.motivation !== 'tagging' && (
        <div className="inline-form">
          <textarea
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
                e.preventDefault();
                saveNote();
              }
            }}
            aria-label="Note"
            data-testid="annotation-note"
          />
          {/* aria-disabled keeps the focus on the button once it has saved (a disabled button drops it). */}
          <button type="button" className="button" aria-disabled={!noteChanged} title="Save the note (Ctrl/⌘+Enter)" onClick={saveNote} data-testid="annotation-note-save">
            Save
          </button>
        </div>
      )}
      <div className="inline-form">
        <input
          value={tagText}
          onChange={(e) => setTagText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              saveTags();
            }
          }}
          placeholder="tags, separated by commas"
          aria-label="Tags"
          data-testid="annotation-tags"
        />
        <button type="button" className="button" aria-disabled={!tagsChanged} title="Save the tags (Enter)" onClick={saveTags} data-testid="annotation-tags-save">
          Save tags
        </button>
      </div>
      {a.claim && <ClaimEditor annotation={a} claim={a.claim} lang={props.lang} scale={props.scale} onSave={(claim) => props.onUpdate({ claim })} onOpenUrl={props.onOpenUrl} onAttachSnapshot={props.onAttachSnapshot} onSaveSnapshot={props.onSaveSnapshot} keptDraft={props.keptDraft} onKeepDraft={props.onKeepDraft} />}
      <div className="claim-actions">
        <button type="button" className="button ghost" onClick={props.onHistory} data-testid="annotation-history-open">
          History
        </button>
        <button type="button" className="button ghost danger" onClick={() => void props.onDelete()} data-testid="annotation-delete">
          Delete
        </button>
      </div>
      {props.history && <AnnotationHistory entries={props.history} />}
    </section>
  );
}
