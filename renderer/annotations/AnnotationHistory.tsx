/** An annotation's history, oldest first: who did what when, and which fields changed. Nothing a checker wrote is lost. */
import type { AnnotationHistoryEntry } from '../../shared/model/annotation';
import { describeChange } from './history';

/** The history list. */
export function AnnotationHistory(props: { entries: AnnotationHistoryEntry[] }) {
  return (
    <ol className="annotation-history" data-testid="annotation-history">
      {props.entries.map((entry, i) => (
        <li key={`${entry.at}-${i}`} data-action={entry.action}>
          <span className="muted">{entry.at.slice(0, 19).replace('T', ' ')}</span> <strong>{entry.actor}</strong> {entry.action}
          <ul>
            {describeChange(entry).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
