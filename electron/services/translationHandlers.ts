/** The translation-workspace channels (`shared/ipc/translationContract.ts`) over the services. */
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { translationContract } from '../../shared/ipc/translationContract';
import type { GlossaServices } from './services';

/** Every translation channel; a channel missing here is a compile error. */
export function createTranslationHandlers(_services: GlossaServices): ChannelHandlers<keyof typeof translationContract> {
  return {};
}
