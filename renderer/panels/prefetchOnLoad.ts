/**
 * Imported first by the entry module, so that this body runs before the rest of the application's modules are
 * evaluated: a page loaded on an article's address starts asking for that article at once (see `articleRequest`).
 * A module of its own because an ES module's imports are all evaluated before its body.
 */
import { prefetchArticle } from './articleRequest';

prefetchArticle(window.location.hash);
