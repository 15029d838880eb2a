/** The annotation and claim channels (`shared/ipc/annotationContract.ts`) over the services. */
import type { annotationContract } from '../../shared/ipc/annotationContract';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { GlossaError } from '../../shared/ipc/errors';
import type { GlossaServices } from './services';

function notYet(): never {
  throw new GlossaError('UNSUPPORTED', 'Annotations are being built; this channel is not available yet.');
}

/** Every annotation channel; a channel missing here is a compile error. */
export function createAnnotationHandlers(_services: GlossaServices): ChannelHandlers<keyof typeof annotationContract> {
  return {
    'annotations.list': async () => notYet(),
    'annotations.create': async () => notYet(),
    'annotations.update': async () => notYet(),
    'annotations.delete': async () => notYet(),
    'annotations.restore': async () => notYet(),
    'annotations.history': async () => notYet(),
    'annotations.confirm': async () => notYet(),
    'annotations.reattach': async () => notYet(),
    'annotations.addSnapshot': async () => notYet(),
    'tags.list': async () => notYet(),
    'tags.rename': async () => notYet(),
    'tags.merge': async () => notYet(),
    'tags.setColour': async () => notYet(),
    'claims.suggest': async () => notYet(),
    'claims.verdictScale': async () => notYet(),
    'annotations.exportReport': async () => notYet(),
    'annotations.import': async () => notYet(),
  };
}
