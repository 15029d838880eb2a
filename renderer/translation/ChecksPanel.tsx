/**
 * What the checks found, each finding a button that selects its pair; and the wiki-link review, each flagged link
 * with the fixes the service offers (unlink, or extend the link to the whole word), applied as a new article revision.
 */
import type { CheckFinding, LinkFinding } from './types';

const KIND_LABEL: Record<CheckFinding['kind'], string> = {
  number: 'Number',
  term: 'Term',
  untranslated: 'Untranslated',
  'same-as-source': 'Same as source',
  brackets: 'Brackets',
  negation: 'Negation',
};

/** The checks list. */
export function ChecksPanel(props: { findings: CheckFinding[] | null; onJump(pairIndex: number): void; onRefresh(): void }) {
  const { findings } = props;
  return (
    <section className="tr-checks" aria-label="Checks" data-testid="checks-panel">
      <div className="tr-panel-head">
        <h3>Checks {findings && <span className="badge subtle">{findings.length}</span>}</h3>
        <button type="button" className="button ghost" onClick={props.onRefresh} data-testid="checks-refresh">
          Run again
        </button>
      </div>
      {findings === null ? (
        <p className="muted">Checking…</p>
      ) : findings.length === 0 ? (
        <p className="muted">No problems found.</p>
      ) : (
        <ul className="tr-findings">
          {findings.map((f, i) => (
            <li key={i}>
              <button type="button" className="tr-finding" onClick={() => props.onJump(f.pairIndex)} data-testid="check-finding" data-kind={f.kind}>
                <span className={`badge tr-kind-${f.kind}`}>{KIND_LABEL[f.kind]}</span>
                <span className="muted">pair {f.pairIndex + 1}</span>
                <span className="tr-detail">{f.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The wiki-link review list. */
export function LinkReviewPanel(props: { findings: LinkFinding[] | null; busy: boolean; onFix(finding: LinkFinding, fix: LinkFinding['fixes'][number]): void; onRefresh(): void }) {
  const { findings } = props;
  return (
    <section className="tr-links" aria-label="Wiki-link review" data-testid="link-review-panel">
      <div className="tr-panel-head">
        <h3>Wiki-links that cut a word {findings && <span className="badge subtle">{findings.length}</span>}</h3>
        <button type="button" className="button ghost" onClick={props.onRefresh}>
          Review again
        </button>
      </div>
      {findings === null ? (
        <p className="muted">Reviewing…</p>
      ) : findings.length === 0 ? (
        <p className="muted">Every wiki-link sits on word boundaries.</p>
      ) : (
        <ul className="tr-findings">
          {findings.map((f) => (
            <li key={`${f.start}-${f.end}`} className="tr-link-finding" data-testid="link-finding">
              <div lang="zh">
                <span className="tr-word">
                  {f.word.text.slice(0, f.start - f.word.start)}
                  <span className="tr-chip">{f.text}</span>
                  {f.word.text.slice(f.end - f.word.start)}
                </span>{' '}
                <span className="muted">→ {f.target}</span>
              </div>
              <div className="tr-detail">{f.detail}</div>
              <div className="tr-fixes">
                {f.fixes.map((fix) => (
                  <button
                    key={fix.kind}
                    type="button"
                    className="button"
                    disabled={props.busy}
                    onClick={() => props.onFix(f, fix)}
                    data-testid={`link-fix-${fix.kind}`}
                  >
                    {fix.kind === 'unlink' ? 'Unlink' : `Link “${fix.target}” instead`}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
