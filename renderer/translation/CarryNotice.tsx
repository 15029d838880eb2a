/**
 * What happened to the translator's work the last time the alignment moved onto changed sentences (a new Chinese
 * revision, a re-imported file, replaced English): pairs and targets carried, carried pairs whose text was edited
 * (one click jumps to each), and everything that could not be carried, with its old texts and target, so a lost
 * confirmation or a typed translation can be redone or copied rather than vanish. Closing it hides it until the next
 * carry-over (remembered in this browser's storage, so a reload does not bring it back); undo takes the carry-over back.
 */
import { useState } from 'react';
import type { Workspace } from './types';

type Carry = NonNullable<Workspace['carry']>;

const CAUSE: Record<Carry['side'], string> = {
  zh: 'The Chinese changed',
  en: 'The English was replaced',
  both: 'The Chinese changed and the English was replaced',
};

const REASON: Record<Carry['lost'][number]['reason'], string> = {
  removed: 'sentence removed',
  changed: 'sentence rewritten',
  split: 'sentences no longer together',
};

const storageKey = (articleId: number): string => `glossa.carryClosed.${articleId}`;

function readClosed(articleId: number): string | null {
  try {
    return window.localStorage.getItem(storageKey(articleId));
  } catch {
    return null;
  }
}

/** The carry-over report, or nothing when there is none (or the user closed it). */
export function CarryNotice(props: { articleId: number; carry: Workspace['carry']; onJump(pair: number): void }) {
  const { carry, articleId } = props;
  const [closedAt, setClosedAt] = useState<string | null>(() => readClosed(articleId));
  const close = (at: string): void => {
    setClosedAt(at);
    try {
      window.localStorage.setItem(storageKey(articleId), at);
    } catch {
      // Storage may be unavailable (private mode): the notice then stays closed for this session only.
    }
  };
  if (!carry || closedAt === carry.at) return null;
  if (carry.carried === 0 && carry.targetsCarried === 0 && carry.lost.length === 0) return null;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <section className="notice tr-carry" data-testid="translation-carry" aria-label="Work carried over">
      <p>
        {CAUSE[carry.side]}: {plural(carry.carried, 'confirmed pair')} and {plural(carry.targetsCarried, 'target')} carried over
        {carry.lost.length > 0 ? `; ${carry.lost.length} could not be carried (below). Undo takes the whole step back.` : '.'}{' '}
        <button type="button" className="link-button" onClick={() => close(carry.at)} data-testid="translation-carry-close">
          Close
        </button>
      </p>
      {carry.edited.length > 0 && (
        <p data-testid="translation-carry-edited">
          Edited since they were confirmed, worth a look:{' '}
          {carry.edited.map((e) => (
            <button key={e.pair} type="button" className="link-button" title={e.zhText} onClick={() => props.onJump(e.pair)}>
              pair {e.pair + 1}
            </button>
          ))}
        </p>
      )}
      {carry.lost.length > 0 && (
        <ul className="tr-notes" data-testid="translation-carry-lost">
          {carry.lost.map((l, k) => (
            <li key={k}>
              <span className="badge subtle">{REASON[l.reason]}</span>{' '}
              <span lang="zh">{l.zhText || '(nothing in Chinese)'}</span> — <span lang="en">{l.enText || '(nothing in English)'}</span>
              {l.status === 'confirmed' && ' (was confirmed)'}
              {l.target !== null && (
                <>
                  {' '}
                  · target ({l.targetStatus}): <q lang="en">{l.target}</q>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
