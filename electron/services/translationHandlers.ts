/** The translation-workspace channels (`shared/ipc/translationContract.ts`) over the services. */
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { GlossaError } from '../../shared/ipc/errors';
import type { translationContract } from '../../shared/ipc/translationContract';
import type { GlossaServices } from './services';

const notYet = async (): Promise<never> => {
  throw new GlossaError('UNSUPPORTED', 'The translation workspace is not available in this build yet.');
};

/** Every translation channel; a channel missing here is a compile error. */
export function createTranslationHandlers(_services: GlossaServices): ChannelHandlers<keyof typeof translationContract> {
  return {
    'translation.workspace': notYet,
    'translation.attachEnglish': notYet,
    'translation.edit': notYet,
    'translation.undo': notYet,
    'translation.editSentence': notYet,
    'translation.setTarget': notYet,
    'translation.suggest': notYet,
    'translation.concordance': notYet,
    'translation.checks': notYet,
    'translation.linkReview': notYet,
    'translation.applyLinkFix': notYet,
    'translation.export': notYet,
    'memory.importTmx': notYet,
    'glossary.list': notYet,
    'glossary.add': notYet,
    'glossary.update': notYet,
    'glossary.remove': notYet,
    'glossary.import': notYet,
    'glossary.export': notYet,
    'glossary.seedFromArticle': notYet,
  };
}
