/**
 * The translation services of one database, built together because they share the store and the memory cache:
 * what `createServices` adds to `GlossaServices.translation`.
 */
import type { Annotation } from '../../shared/model/annotation';
import type { ArticleRepository } from './articleRepository';
import type { GlossaDatabase } from './database';
import { cedictDictionary } from './dictionary';
import { GlossaryService } from './glossaryService';
import { MemoryService } from './memoryService';
import { TranslationReview } from './translationReview';
import { TranslationService, type TranslationServiceOptions } from './translationService';
import { highlightsFromAnnotations, notesFromAnnotations } from './translationNotes';
import { TranslationStore } from './translationStore';

/** The translation workspace, glossary, memory, and checks/exports over one database. */
export interface TranslationServices {
  workspace: TranslationService;
  glossary: GlossaryService;
  memory: MemoryService;
  review: TranslationReview;
}

/**
 * Builds the translation services; the CC-CEDICT dictionary loads on the first alignment unless options say otherwise.
 * With `annotations`, claims and notes on the Chinese appear beside the pairs they overlap.
 */
export function createTranslationServices(
  db: GlossaDatabase,
  articles: ArticleRepository,
  options: TranslationServiceOptions & { annotations?: { list(articleId: number): { annotations: Annotation[] } } } = {},
): TranslationServices {
  const store = new TranslationStore(db);
  const glossary = new GlossaryService(db);
  const memory = new MemoryService(store, { articleTitle: (id) => articles.summary(id)?.title });
  const { annotations, ...rest } = options;
  const spans = annotations
    ? (articleId: number) => {
        const list = annotations.list(articleId).annotations;
        return { notes: notesFromAnnotations(list), highlights: highlightsFromAnnotations(list) };
      }
    : undefined;
  const workspace = new TranslationService(store, articles, glossary, memory, { dictionary: cedictDictionary, ...(spans ? { annotationSpans: spans } : {}), ...rest });
  return { workspace, glossary, memory, review: new TranslationReview({ articles, glossary, translation: workspace }) };
}
