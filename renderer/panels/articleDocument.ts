/**
 * The editor's document of an article revision as the service sends it, built straight from the wire form (no
 * document JSON made in between). A module of its own, with the document builder, ProseMirror's model and the schema
 * and nothing else, so that a page loaded on an article's address can load it beside the application and build the
 * document the moment the article arrives, while the rest of the application is still being parsed (see
 * `articleRequest`).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { ChannelOutput } from '../../shared/ipc/contract';
import type { DocJSON } from '../../shared/model/article';
import { GlossaError } from '../../shared/ipc/errors';
import { buildDocument, buildPackedDocument } from '../editor/documentBuilder';

/** An article revision as the service sends it for reading: its document packed (or as the JSON text it is stored as). */
export type ArticleDetail = ChannelOutput<'articles.openRaw'>;

/** A revision and its editor document. */
export interface OpenedArticle {
  detail: ArticleDetail;
  doc: PMNode;
}

/** The editor's document of a revision; a GlossaError when it cannot be read or does not fit the schema. */
export function documentOf(detail: ArticleDetail): PMNode {
  performance.mark('glossa:document-start');
  try {
    return detail.packed ? buildPackedDocument(detail.packed) : buildDocument(JSON.parse(detail.docJson ?? '') as DocJSON);
  } catch {
    throw new GlossaError('INTERNAL', `The service sent an unreadable document for article #${detail.summary.id}.`);
  } finally {
    // Named phases of opening an article, for the open benchmark and the browser's performance panel.
    performance.measure('glossa:editor-document', 'glossa:document-start');
  }
}

/** A revision opened: its detail with the document built from it. */
export function openedArticle(detail: ArticleDetail): OpenedArticle {
  return { detail, doc: documentOf(detail) };
}
