/**
 * Imported first by the entry module, so that this body runs before the rest of the application's modules are
 * evaluated: a page loaded on an article's address starts asking for that article at once (see `articleRequest`),
 * and one loaded on the library's address for the library's list (see `libraryRequest`).
 * A module of its own because an ES module's imports are all evaluated before its body.
 */
import { routeFromHash } from '../app/routes';
import { prefetchArticle } from './articleRequest';
import { prefetchLibrary } from './libraryRequest';

if (routeFromHash(window.location.hash).view === 'library') prefetchLibrary();
else prefetchArticle(window.location.hash);
