/**
 * Checks and exports of an article's translation, and the wiki-link review with its one-key fixes. Thin: the
 * checks, link review and writers are pure modules in `shared/`; this file gathers their inputs from the database.
 */
import { Transform } from 'prosemirror-transform';
import { toAlignedTsv } from '../../shared/export/alignedTsv';
import { toBilingualHtml } from '../../shared/export/bilingualHtml';
import { toTbx } from '../../shared/export/tbx';
import { toTmx } from '../../shared/export/tmx';
import { toXliff, toXliff12 } from '../../shared/export/xliff';
import { GlossaError } from '../../shared/ipc/errors';
import type { DocJSON } from '../../shared/model/article';
import type { CheckFinding } from '../../shared/model/translation';
import { schema } from '../../shared/schema';
import { canonicalText, documentFromJSON, offsetToPos } from '../../shared/text/canonical';
import { checkPairs } from '../../shared/translation/checks';
import { reviewWikiLinks, type LinkFinding, type LinkFix } from '../../shared/translation/linkReview';
import { unitsFromPairs } from '../../shared/translation/units';
import type { ArticleRepository } from './articleRepository';
import type { EditService, SavedEdit } from './editService';
import { exportFileName } from './exportService';
import type { GlossaryService } from './glossaryService';
import type { TranslationService } from './translationService';

/** The formats `translation.export` and `glossa export` write. */
export type TranslationExportFormat = 'tmx' | 'xliff' | 'xliff12' | 'tbx' | 'bilingual-html' | 'tsv';

/** All translation export formats, for option checking in the CLI. */
export const TRANSLATION_EXPORT_FORMATS: readonly TranslationExportFormat[] = ['tmx', 'xliff', 'xliff12', 'tbx', 'bilingual-html', 'tsv'];

/** An exported file. */
export interface TranslationFile {
  fileName: string;
  mediaType: string;
  content: string;
}

const EXT: Record<TranslationExportFormat, [string, string]> = {
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
    const published = this.deps.articles.summary(articleId)?.published ?? null;
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
      tr.addMark(from, to, mark.create({ lang, target: fix.target }));
    }
    return edits.saveEdit(articleId, baseRevisionId, tr.doc.toJSON() as DocJSON);
  }

  /** The article's translation in one of the exchange formats. */
  exportAs(articleId: number, format: TranslationExportFormat, now = new Date()): TranslationFile {
    const summary = this.deps.articles.summary(articleId);
    if (!summary) throw new GlossaError('NOT_FOUND', `There is no article #${articleId}; check the id with \`glossa list\`.`);
    const [ext, mediaType] = EXT[format];
    const fileName = exportFileName(summary.title, articleId, 'md').replace(/\.md$/, `.${ext}`);
    if (format === 'tbx') {
      return { fileName, mediaType, content: toTbx(this.deps.glossary.terms()) };
    }
    if (!this.deps.translation.store.alignment(articleId)) {
      throw new GlossaError('NOT_FOUND', `Article #${articleId} has no English side yet; attach English first (glossa align ${articleId} --en FILE).`);
    }
    const pairs = this.deps.translation.alignedPairs(articleId);
    const created = now.toISOString();
    const origin = `article:${articleId}`;
    switch (format) {
      case 'tmx':
        return { fileName, mediaType, content: toTmx(unitsFromPairs(pairs, { origin, created }), { created }) };
      case 'xliff':
        return { fileName, mediaType, content: toXliff(unitsFromPairs(pairs, { origin, skipOneSided: false }), { original: origin }) };
      case 'xliff12':
        return { fileName, mediaType, content: toXliff12(unitsFromPairs(pairs, { origin, skipOneSided: false }), { original: origin }) };
      case 'bilingual-html':
        return { fileName, mediaType, content: toBilingualHtml(pairs, { title: summary.title, source: summary.source, published: summary.published, exported: created }) };
      case 'tsv':
        return { fileName, mediaType, content: toAlignedTsv(pairs.map((p) => ({ zh: p.zhText, en: p.enText }))) };
    }
  }
}
