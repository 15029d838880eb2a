/**
 * Checks and exports of an article's translation, and the wiki-link review with its one-key fixes. Thin: the
 * checks, link review and writers are pure modules in `shared/`; this file gathers their inputs from the database.
 */
import { Transform } from 'prosemirror-transform';
import { toAlignedTsv } from '../../shared/export/alignedTsv';
import { toBilingualDocx, type DocxPair } from '../../shared/export/bilingualDocx';
import { toBilingualHtml } from '../../shared/export/bilingualHtml';
import { toTbx } from '../../shared/export/tbx';
import { toTmx } from '../../shared/export/tmx';
import { toXliff, toXliff12 } from '../../shared/export/xliff';
import { GlossaError } from '../../shared/ipc/errors';
import type { DocJSON } from '../../shared/model/article';
import type { CheckFinding } from '../../shared/model/translation';
import { normalizeLinkSeqs, seqApart } from '../../shared/markdown/wikiLinkSeq';
import { schema } from '../../shared/schema';
import { canonicalText, documentFromJSON, offsetToPos } from '../../shared/text/canonical';
import { chineseLanguageTag } from '../../shared/text/chineseScript';
import { checkPairs } from '../../shared/translation/checks';
import { reviewWikiLinks, type LinkFinding, type LinkFix } from '../../shared/translation/linkReview';
import { unitsFromPairs } from '../../shared/translation/units';
import type { ArticleRepository } from './articleRepository';
import type { EditService, SavedEdit } from './editService';
import { exportFileName } from './exportService';
import type { GlossaryService } from './glossaryService';
import type { TranslationService } from './translationService';

/** The text formats `exportAs` writes at once. */
export type TextExportFormat = 'tmx' | 'xliff' | 'xliff12' | 'tbx' | 'bilingual-html' | 'tsv';

/** The formats `translation.export` and `glossa export` write: the text ones and the DOCX bilingual table. */
export type TranslationExportFormat = TextExportFormat | 'docx';

/** All translation export formats, for option checking in the CLI. */
export const TRANSLATION_EXPORT_FORMATS: readonly TranslationExportFormat[] = ['tmx', 'xliff', 'xliff12', 'tbx', 'bilingual-html', 'tsv', 'docx'];

/** An exported file; `encoding` says whether `content` is the text itself or base64 bytes (DOCX). */
export interface TranslationFile {
  fileName: string;
  mediaType: string;
  content: string;
  encoding?: 'utf8' | 'base64';
}

const EXT: Record<TranslationExportFormat, [string, string]> = {
  docx: ['bilingual.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  tmx: ['tmx', 'application/x-tmx+xml'],
  xliff: ['xlf', 'application/xliff+xml'],
  xliff12: ['xliff12.xlf', 'application/xliff+xml'],
  tbx: ['tbx', 'application/x-tbx+xml'],
  'bilingual-html': ['bilingual.html', 'text/html'],
  tsv: ['tsv', 'text/tab-separated-values'],
};

/** What the review needs. */
export interface TranslationReviewDeps {
  articles: ArticleRepository;
  glossary: GlossaryService;
  translation: TranslationService;
}

/** Checks, link review and exports over one database. */
export class TranslationReview {
  constructor(private readonly deps: TranslationReviewDeps) {}

  /** The translation checks over the article's pairs, in pair order; `pairIndex` points into the workspace's pairs. */
  checks(articleId: number): CheckFinding[] {
    const pairs = this.deps.translation.alignedPairs(articleId);
    if (pairs.length === 0 && !this.deps.translation.store.alignment(articleId)) {
      throw new GlossaError('NOT_FOUND', `Article #${articleId} has no English side yet; attach English first (glossa align ${articleId} --en FILE).`);
    }
    // Relative dates (昨天, last year) count from the day the article was written on in its own zone.
    const published = this.deps.articles.relativeDateAnchor(articleId);
    return checkPairs(
      pairs.map((p) => ({ zh: p.zhText, en: p.enText })),
      { glossary: this.deps.glossary.terms(), published },
    );
  }

  /** Wiki-links of the article's current revision that cut through a word (dictionary-confirmed where possible). */
  linkReview(articleId: number): LinkFinding[] {
    const revision = this.deps.articles.revisionOf(articleId);
    const dictionary = this.deps.translation.dictionary();
    const isWord = dictionary ? (w: string): boolean => dictionary.lookup(w) !== undefined : undefined;
    return reviewWikiLinks(revision.text, this.deps.articles.wikiLinks(revision.id), isWord ? { isWord } : {});
  }

  /** Applies a link fix as a new revision through the edit service (CONFLICT when `baseRevisionId` is not current). */
  applyLinkFix(edits: EditService, articleId: number, baseRevisionId: number, fix: LinkFix): SavedEdit {
    const base = this.deps.articles.revisionOf(articleId, baseRevisionId);
    const node = documentFromJSON(base.doc);
    const canonical = canonicalText(node);
    if (!(fix.start >= 0 && fix.end > fix.start && fix.end <= canonical.text.length)) {
      throw new GlossaError('BAD_INPUT', `The fix's range ${fix.start}-${fix.end} is outside the article's text; review the links again.`);
    }
    const from = offsetToPos(canonical, fix.start, 1);
    const to = offsetToPos(canonical, fix.end, -1);
    const mark = schema.marks.wikiLink;
    const tr = new Transform(node);
    if (fix.kind === 'unlink') {
      tr.removeMark(from, to, mark);
    } else {
      let lang = 'zh';
      node.nodesBetween(from, to, (n) => {
        const m = n.marks.find((x) => x.type === mark);
        if (m) lang = m.attrs.lang as string;
      });
      tr.removeMark(from, to, mark);
      // Apart from a link to the same page right beside it, else the two marks are equal and join into one link.
      const seq = seqApart(tr.doc, from, to, lang, fix.target);
      tr.addMark(from, to, mark.create({ lang, target: fix.target, seq: seq === 0 ? undefined : seq }));
    }
    // The links around the fix get the `seq` the importer would give them (a row of links to one page may have lost
    // its first link, or gained one).
    normalizeLinkSeqs(tr, from, to);
    return edits.saveEdit(articleId, baseRevisionId, tr.doc.toJSON() as DocJSON);
  }

  /** Any translation format, DOCX included (its writer is asynchronous); DOCX comes back base64. */
  async exportFile(articleId: number, format: TranslationExportFormat, now = new Date()): Promise<TranslationFile & { encoding: 'utf8' | 'base64' }> {
    if (format !== 'docx') return { ...this.exportAs(articleId, format, now), encoding: 'utf8' };
    const bytes = await this.exportDocx(articleId, now);
    return { ...this.fileInfo(articleId, 'docx'), content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
  }

  /** The bilingual table as DOCX bytes: pairs with status, confidence, notes, and the wiki-linked names in bold. */
  async exportDocx(articleId: number, now = new Date()): Promise<Uint8Array> {
    const summary = this.fileInfo(articleId, 'docx').summary;
    const row = this.requireAlignment(articleId);
    const pairs = this.deps.translation.alignedPairs(articleId);
    const ws = this.deps.translation.workspace(articleId);
    const links = this.deps.articles.wikiLinks(row.zhRevisionId);
    const withLinks: DocxPair[] = pairs.map((p, i) => {
      const zhLinks: { start: number; end: number }[] = [];
      let base = 0;
      for (const k of ws.pairs[i]?.zh ?? []) {
        const sentence = ws.zhSentences[k];
        if (!sentence) break;
        // Offsets carry over only where the sentence is its canonical slice (a merged paragraph break is not).
        if (ws.zhText.slice(sentence.start, sentence.end) === sentence.text) {
          for (const l of links) {
            const from = Math.max(l.start, sentence.start);
            const to = Math.min(l.end, sentence.end);
            if (to > from) zhLinks.push({ start: base + from - sentence.start, end: base + to - sentence.start });
          }
        }
        base += sentence.text.length;
      }
      return zhLinks.length ? { ...p, zhLinks } : p;
    });
    return toBilingualDocx(withLinks, { title: summary.title, source: summary.source, published: summary.published, exported: now.toISOString() });
  }

  private fileInfo(articleId: number, format: TranslationExportFormat): { fileName: string; mediaType: string; summary: NonNullable<ReturnType<ArticleRepository['summary']>> } {
    const summary = this.deps.articles.summary(articleId);
    if (!summary) throw new GlossaError('NOT_FOUND', `There is no article #${articleId}; check the id with \`glossa list\`.`);
    const [ext, mediaType] = EXT[format];
    return { fileName: exportFileName(summary.title, articleId, 'md').replace(/\.md$/, `.${ext}`), mediaType, summary };
  }

  private requireAlignment(articleId: number): NonNullable<ReturnType<TranslationService['store']['alignment']>> {
    const row = this.deps.translation.store.alignment(articleId);
    if (!row) throw new GlossaError('NOT_FOUND', `Article #${articleId} has no English side yet; attach English first (glossa align ${articleId} --en FILE).`);
    return row;
  }

  /** The article's translation in one of the text exchange formats. */
  exportAs(articleId: number, format: TextExportFormat, now = new Date()): TranslationFile {
    const { fileName, mediaType, summary } = this.fileInfo(articleId, format);
    if (format === 'tbx') {
      return { fileName, mediaType, content: toTbx(this.deps.glossary.terms()) };
    }
    this.requireAlignment(articleId);
    const pairs = this.deps.translation.alignedPairs(articleId);
    const created = now.toISOString();
    const origin = `article:${articleId}`;
    const sourceLang = chineseLanguageTag(pairs.map((p) => p.zhText).join('\n'));
    switch (format) {
      case 'tmx':
        return { fileName, mediaType, content: toTmx(unitsFromPairs(pairs, { origin, created, sourceLang }), { created }) };
      case 'xliff':
        return { fileName, mediaType, content: toXliff(unitsFromPairs(pairs, { origin, skipOneSided: false, sourceLang }), { original: origin }) };
      case 'xliff12':
        return { fileName, mediaType, content: toXliff12(unitsFromPairs(pairs, { origin, skipOneSided: false, sourceLang }), { original: origin }) };
      case 'bilingual-html':
        return { fileName, mediaType, content: toBilingualHtml(pairs, { title: summary.title, source: summary.source, published: summary.published, exported: created }) };
      case 'tsv':
        return { fileName, mediaType, content: toAlignedTsv(pairs.map((p) => ({ zh: p.zhText, en: p.enText }))) };
    }
  }
}
