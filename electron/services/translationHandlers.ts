/** The translation-workspace channels (`shared/ipc/translationContract.ts`) over the services. */
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { GlossaError } from '../../shared/ipc/errors';
import type { translationContract } from '../../shared/ipc/translationContract';
import type { GlossaServices } from './services';

/** Every translation channel; a channel missing here is a compile error. */
export function createTranslationHandlers(services: GlossaServices): ChannelHandlers<keyof typeof translationContract> {
  const t = (): GlossaServices['translation'] => services.translation;
  return {
    'translation.workspace': async ({ id }) => t().workspace.workspace(id),
    'translation.attachEnglish': async ({ id, source }) => t().workspace.attachEnglish(id, source),
    'translation.edit': async ({ id, edit }) => t().workspace.edit(id, edit),
    'translation.undo': async ({ id }) => t().workspace.undo(id),
    'translation.editSentence': async ({ id, edit }) => t().workspace.editSentence(id, edit),
    'translation.setTarget': async ({ id, pair, target, status }) => t().workspace.setTarget(id, pair, target, status),
    'translation.suggest': async ({ id, pair, text, minScore, limit }) => {
      let query = text;
      let exclude: { articleId: number; zhKey: string } | undefined;
      if (query === undefined) {
        if (id === undefined || pair === undefined) throw new GlossaError('BAD_INPUT', 'Give either a text or an article id and pair index to get suggestions for.');
        const ws = t().workspace.workspace(id);
        const p = ws.pairs[pair];
        if (!p) throw new GlossaError('BAD_INPUT', `There is no pair ${pair + 1}: the alignment has ${ws.pairs.length} pairs.`);
        query = p.zhText;
        exclude = { articleId: id, zhKey: p.zh.length ? p.zh.join(',') : `-${p.en.join(',')}` };
      }
      return t().memory.suggest(query, { minScore, limit, exclude });
    },
    'translation.concordance': async ({ term, side, limit }) => t().memory.concordance(term, { side, limit }),
    'translation.checks': async ({ id }) => t().review.checks(id),
    'translation.linkReview': async ({ id }) => t().review.linkReview(id),
    'translation.applyLinkFix': async ({ id, baseRevisionId, fix }) => t().review.applyLinkFix(services.edits, id, baseRevisionId, fix),
    'translation.export': async ({ id, format }) => t().review.exportFile(id, format),
    'memory.importTmx': async ({ name, dataBase64 }) => t().memory.importTmxFile(name, Buffer.from(dataBase64, 'base64')),
    'glossary.list': async ({ query }) => t().glossary.list(query),
    'glossary.add': async ({ zh, en, note }) => t().glossary.add({ zh, en, note, source: 'user' }),
    'glossary.update': async ({ id, en, note }) => t().glossary.update(id, en, note),
    'glossary.remove': async ({ id }) => ({ removed: t().glossary.remove(id) }),
    'glossary.import': async ({ name, dataBase64 }) => t().glossary.importFileBytes(name, Buffer.from(dataBase64, 'base64')),
    'glossary.export': async ({ format }) => t().glossary.exportFile(format),
    'glossary.seedFromArticle': async ({ id }) => {
      const revision = services.articles.revisionOf(id);
      const targets = services.articles.wikiLinks(revision.id).filter((l) => l.lang === 'zh').map((l) => l.target);
      return { added: t().glossary.seed(targets) };
    },
  };
}
