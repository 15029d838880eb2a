/**
 * Teaches markdown-it where each inline token came from. markdown-it keeps only block line maps; exports that write
 * back into the original Markdown (footnote markers at exact places) need the source range of every text run.
 *
 * How: the inline tokenizer loop notes where each rule started and stamps the tokens it pushed; it also notes where
 * pending text (markdown-it's buffer of plain characters) started, so the text token it becomes knows its range.
 * Ranges are offsets into the inline content string of the block; parseArticle maps them to the file.
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
  glossaPendingFrom: number;
  glossaLastFlushEnd: number;
  glossaFlushed: boolean;
}

type TrackingState = StateInline & TrackingFields;
type InlineRule = (state: StateInline, silent: boolean) => boolean;

/**
 * Installs source tracking on a markdown-it instance. It replaces the inline tokenizer with the same loop as
 * markdown-it's (ParserInline.tokenize) plus bookkeeping: where pending text started, and which source range each
 * pushed token covers.
 */
export function sourceTrackingPlugin(md: MarkdownIt): void {
  const Base = md.inline.State;
  class Tracking extends Base {
    glossaPendingFrom = 0;
    glossaLastFlushEnd = 0;
    glossaFlushed = false;

    override pushPending(): Token {
      const from = this.glossaPendingFrom;
      const content = this.pending;
      const token = super.pushPending();
      setTokenSource(token, from, from + content.length, this.src.startsWith(content, from));
      this.glossaLastFlushEnd = from + content.length;
      this.glossaFlushed = true;
      return token;
    }
  }
  md.inline.State = Tracking as typeof Base;

  md.inline.tokenize = (plainState: StateInline) => {
    const state = plainState as TrackingState;
    const rules = md.inline.ruler.getRules('') as InlineRule[];
    const end = state.posMax;
    const maxNesting = (md.options as { maxNesting?: number }).maxNesting ?? 100;
    while (state.pos < end) {
      const start = state.pos;
      const pendingBefore = state.pending;
      const pendingWasEmpty = pendingBefore === '';
      const before = state.tokens.length;
      state.glossaFlushed = false;
      let ok = false;
      if (state.level < maxNesting) {
        for (const rule of rules) {
          ok = rule(state, false);
          if (ok) {
            if (start >= state.pos) throw new Error("inline rule didn't increment state.pos");
            break;
          }
        }
      }
      if (!ok) state.pending += state.src[state.pos++];
      if (pendingWasEmpty && state.pending !== '' && state.tokens.length === before) state.glossaPendingFrom = start;
      else if (state.pending !== '' && state.tokens.length > before && !state.src.startsWith(state.pending, state.glossaPendingFrom)) {
        // A rule flushed and then started new pending text (e.g. an unmatched `&` after a token): it starts at the end.
        state.glossaPendingFrom = state.pos - state.pending.length;
      }
      // A rule that took the end of the pending text back without flushing it (linkify takes the scheme it found
      // there: `_https://…`, after an emphasis delimiter, leaves only `https` pending) consumed that text too.
      const takenBack = ok && !state.glossaFlushed && pendingBefore.endsWith(state.pending) ? pendingBefore.length - state.pending.length : 0;
      if (ok) stampTokens(state, start - takenBack, before);
      if (ok && state.pos >= end) break;
    }
    if (state.pending) state.pushPending();
  };
}

/** Gives the tokens a rule pushed the source range it consumed, exact for plain text, escapes and entities. */
function stampTokens(state: TrackingState, start: number, before: number): void {
  // A flush during the rule ends where the rule's own source begins (linkify trims the scheme off pending).
  const from = state.glossaFlushed ? Math.min(start, state.glossaLastFlushEnd) : start;
  let cursor = from;
  let within = -1;
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
    } else if (token.type === 'text' && token.content && (within = textWithin(state.src, token.content, cursor, state.pos)) >= 0) {
      // Text inside the rule's markup, as written: an autolink's address between `<` and `>`.
      setTokenSource(token, within, within + token.content.length, true);
      cursor = within + token.content.length;
    } else {
      setTokenSource(token, from, state.pos, false);
    }
  }
}

/** Where `text` occurs in `src` between `from` and `to`, or -1 (searching that stretch only: it is the rule's). */
function textWithin(src: string, text: string, from: number, to: number): number {
  if (to - from < text.length) return -1;
  const at = src.slice(from, to).indexOf(text);
  return at >= 0 ? from + at : -1;
}
