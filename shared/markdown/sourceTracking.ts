/**
 * Teaches markdown-it where each inline token came from. markdown-it keeps only block line maps; exports that write
 * back into the original Markdown (footnote markers at exact places) need the source range of every text run.
 *
 * How: every inline rule is wrapped to note the position it started at and to stamp the tokens it pushed; pending text
 * (markdown-it's buffer of plain characters) is tracked through an accessor so the text token it becomes knows where
 * it started. Ranges are offsets into the inline content string of the block; parseArticle maps them to the file.
 */
import type { MarkdownIt, StateInline, Token } from 'markdown-it';

/** Source range of a token inside its block's inline content; `verbatim` when the text is the source unchanged. */
export interface TokenSource {
  start: number;
  end: number;
  verbatim: boolean;
}

interface TrackedMeta {
  glossaSource?: TokenSource;
}

/** Reads the source range stamped on a token, if any. */
export function tokenSource(token: Token): TokenSource | undefined {
  return (token.meta as TrackedMeta | null)?.glossaSource;
}

/** Stamps a source range on a token (rules that know better than the wrapper call this themselves). */
export function setTokenSource(token: Token, start: number, end: number, verbatim: boolean): void {
  const meta = (token.meta ?? {}) as TrackedMeta;
  meta.glossaSource = { start, end, verbatim };
  token.meta = meta as Record<string, unknown>;
}

interface TrackingFields {
  glossaPending: string;
  glossaPendingFrom: number;
  glossaInRule: boolean;
  glossaLastFlushEnd: number;
  glossaFlushed: boolean;
}

type TrackingState = StateInline & TrackingFields;

/** Installs source tracking on a markdown-it instance. Call after all inline rules are registered. */
export function sourceTrackingPlugin(md: MarkdownIt): void {
  const Base = md.inline.State;
  class Tracking extends Base {
    constructor(...args: ConstructorParameters<typeof Base>) {
      super(...args);
      const self = this as unknown as TrackingState;
      self.glossaPending = '';
      self.glossaPendingFrom = 0;
      self.glossaInRule = false;
      self.glossaLastFlushEnd = 0;
      self.glossaFlushed = false;
      delete (this as { pending?: string }).pending;
      Object.defineProperty(this, 'pending', {
        configurable: true,
        enumerable: true,
        get: () => self.glossaPending,
        set: (value: string) => {
          if (self.glossaPending === '' && value !== '') {
            // Inside a rule, text is appended before pos moves; the tokenizer's fallback increments pos first.
            self.glossaPendingFrom = self.glossaInRule ? self.pos : self.pos - value.length;
          }
          self.glossaPending = value;
        },
      });
    }

    override pushPending(): Token {
      const self = this as unknown as TrackingState;
      const from = self.glossaPendingFrom;
      const content = self.glossaPending;
      const token = super.pushPending();
      const verbatim = this.src.startsWith(content, from);
      setTokenSource(token, from, from + content.length, verbatim);
      self.glossaLastFlushEnd = from + content.length;
      self.glossaFlushed = true;
      return token;
    }
  }
  md.inline.State = Tracking as typeof Base;

  const tokenize = md.inline.tokenize.bind(md.inline);
  md.inline.tokenize = (state: StateInline) => {
    const s = state as TrackingState;
    const saved = s.glossaInRule;
    s.glossaInRule = false;
    tokenize(state);
    s.glossaInRule = saved;
  };

  const ruler = md.inline.ruler as unknown as { __rules__: { name: string; fn: (s: StateInline, silent: boolean) => boolean }[] };
  for (const rule of [...ruler.__rules__]) {
    const original = rule.fn;
    md.inline.ruler.at(rule.name, (state: StateInline, silent: boolean) => {
      if (silent) return original(state, silent);
      const s = state as TrackingState;
      const start = state.pos;
      const before = state.tokens.length;
      const savedInRule = s.glossaInRule;
      s.glossaFlushed = false;
      s.glossaInRule = true;
      const ok = original(state, silent);
      s.glossaInRule = savedInRule;
      if (!ok) return false;
      // A flush during the rule ends where the rule's own source begins (linkify trims the scheme off pending).
      const from = s.glossaFlushed ? Math.min(start, s.glossaLastFlushEnd) : start;
      let cursor = from;
      for (let i = before; i < state.tokens.length; i++) {
        const token = state.tokens[i];
        if (tokenSource(token)) continue;
        if (token.type === 'text_special' && token.markup && state.src.startsWith(token.markup, cursor)) {
          // An escape or entity: `\_` or `&amp;` in the source stands for `_` or `&`.
          setTokenSource(token, cursor, cursor + token.markup.length, token.markup === token.content);
          cursor += token.markup.length;
        } else if (token.type === 'text' && token.content && state.src.startsWith(token.content, cursor)) {
          setTokenSource(token, cursor, cursor + token.content.length, true);
          cursor += token.content.length;
        } else {
          setTokenSource(token, from, state.pos, false);
        }
      }
      return true;
    });
  }
}
