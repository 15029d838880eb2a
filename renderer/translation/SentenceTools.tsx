/**
 * Splitting or merging a sentence itself (when the segmenter cut in the wrong place): put the caret where the
 * sentence should break and split there, or join a sentence with the one after it. The service re-aligns around the
 * change and keeps confirmed pairs.
 */
import { useRef } from 'react';
import type { Workspace, WorkspacePair } from './types';

function SentenceLine(props: { side: 'zh' | 'en'; index: number; text: string; last: boolean; onSplit(offset: number): void; onMerge(): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="tr-sentence" data-testid="sentence-tool" data-side={props.side} data-sentence={props.index}>
      <input ref={input} readOnly value={props.text} lang={props.side} aria-label={`Sentence ${props.index + 1}: put the caret where it should break`} />
      <button
        type="button"
        className="button ghost"
        onClick={() => {
          const at = input.current?.selectionStart ?? 0;
          if (at > 0 && at < props.text.length) props.onSplit(at);
        }}
        title="Split the sentence at the caret"
        data-testid="sentence-split"
      >
        Split at caret
      </button>
      {!props.last && (
        <button type="button" className="button ghost" onClick={props.onMerge} title="Join with the next sentence" data-testid="sentence-merge">
          Join next
        </button>
      )}
    </div>
  );
}

/** The sentence tools for the sentences of one pair. */
export function SentenceTools(props: {
  pair: WorkspacePair;
  workspace: Workspace;
  onSplit(side: 'zh' | 'en', sentence: number, offset: number): void;
  onMerge(side: 'zh' | 'en', sentence: number): void;
}) {
  const { pair, workspace } = props;
  const sides = [
    ['zh', pair.zh, workspace.zhSentences],
    ['en', pair.en, workspace.enSentences],
  ] as const;
  return (
    <div className="tr-sentences">
      <p className="muted">Or fix a sentence itself:</p>
      {sides.map(([side, indices, sentences]) =>
        indices.map((s) => (
          <SentenceLine
            key={`${side}-${s}`}
            side={side}
            index={s}
            text={sentences[s]?.text ?? ''}
            last={s === sentences.length - 1}
            onSplit={(offset) => props.onSplit(side, s, offset)}
            onMerge={() => props.onMerge(side, s)}
          />
        )),
      )}
    </div>
  );
}
