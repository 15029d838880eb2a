/**
 * The small inline form behind "Link selection" and "Change target": a language and a Wikipedia page title. Enter
 * applies, Escape cancels; focus goes back to the text either way.
 */
import { useEffect, useRef, useState } from 'react';

/** What the form edits. */
export interface LinkFormRequest {
  mode: 'link' | 'retarget';
  lang: string;
  target: string;
}

const LANG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The link form. */
export function LinkForm(props: { request: LinkFormRequest; onApply(lang: string, target: string): void; onCancel(): void }) {
  const [lang, setLang] = useState(props.request.lang);
  const [target, setTarget] = useState(props.request.target);
  const targetRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    targetRef.current?.focus();
    targetRef.current?.select();
  }, []);
  const langOk = LANG.test(lang.trim());
  const targetOk = target.trim().length > 0 && !/[[\]{}|<>#]/.test(target);
  return (
    <form
      className="link-form"
      data-testid="link-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (langOk && targetOk) props.onApply(lang.trim().toLowerCase(), target.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <span className="link-form-title">{props.request.mode === 'link' ? 'Link selection to' : 'Change link target to'}</span>
      <label>
        <span className="visually-hidden">Language</span>
        <input className="lang-input" value={lang} onChange={(e) => setLang(e.target.value)} aria-invalid={!langOk} data-testid="link-form-lang" size={4} />
      </label>
      <span className="muted">:</span>
      <label className="grow">
        <span className="visually-hidden">Wikipedia page</span>
        <input
          ref={targetRef}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          aria-invalid={!targetOk}
          placeholder="Wikipedia page title"
          data-testid="link-form-target"
        />
      </label>
      <button type="submit" className="button primary" disabled={!langOk || !targetOk} data-testid="link-form-apply">
        Apply
      </button>
      <button type="button" className="button ghost" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
