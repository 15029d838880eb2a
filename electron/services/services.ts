/**
 * The services of one database, bundled: what Electron's main process, the CLI and the preview host each create once
 * and hand to their door. Nothing here knows which door it serves.
 */
import { AnnotationService, type AnnotationServiceOptions } from './annotationService';
import { ArticleRepository } from './articleRepository';
import { openDatabase, type GlossaDatabase, type OpenDatabaseOptions } from './database';
import { EditService } from './editService';
import { ExportService } from './exportService';
import { ImportService, type ImportServiceOptions } from './importService';
import { createTranslationServices, type TranslationServices } from './translationServices';

/** Every service over one open database. */
export interface GlossaServices {
  db: GlossaDatabase;
  articles: ArticleRepository;
  imports: ImportService;
  edits: EditService;
  exports: ExportService;
  translation: TranslationServices;
  annotations: AnnotationService;
  /** Closes the database (after a WAL checkpoint, so the main file is complete on its own). */
  close(): void;
}

/** Builds the services over an already open database. */
export function createServices(db: GlossaDatabase, options: { imports?: ImportServiceOptions; annotations?: AnnotationServiceOptions } = {}): GlossaServices {
  const articles = new ArticleRepository(db);
  const annotations = new AnnotationService(db, articles, options.annotations);
  const afterRevision = (articleId: number): void => void annotations.reanchorArticle(articleId);
  return {
    db,
    articles,
    annotations,
    imports: new ImportService(articles, { ...options.imports, afterRevision }),
    edits: new EditService(articles, afterRevision),
    exports: new ExportService(articles),
    translation: createTranslationServices(db, articles, { annotations }),
    close: () => {
      if (!db.open) return;
      if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

/** Opens (creating and migrating as needed) the database at `file` and builds the services over it. */
export function openServices(
  file: string,
  options: OpenDatabaseOptions & { imports?: ImportServiceOptions; annotations?: AnnotationServiceOptions } = {},
): GlossaServices {
  return createServices(openDatabase(file, options), { imports: options.imports, annotations: options.annotations });
}
