/** The annotation and claim channels (`shared/ipc/annotationContract.ts`) over the services. */
import type { annotationContract } from '../../shared/ipc/annotationContract';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { GlossaServices } from './services';

/** Every annotation channel; a channel missing here is a compile error. */
export function createAnnotationHandlers(_services: GlossaServices): ChannelHandlers<keyof typeof annotationContract> {
  return {};
}
