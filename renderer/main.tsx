/**
 * The renderer's entry, kept small on purpose: it starts loading the article the address names (a reload or a link
 * to `#/article/12`), guards navigation, then fetches and starts the application (`boot.tsx`, React and the editor).
 * A long article used to be asked for only after the whole application (about 700 KB) had been parsed and evaluated;
 * now the service reads and sends it while that happens. The style sheets stay here so the page is styled from its
 * first paint.
 */
import './panels/prefetchOnLoad';
import { installNavigationGuard } from './app/externalLinks';
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';

installNavigationGuard();

performance.mark('glossa:boot-import');
import('./boot').then(
  ({ boot }) => {
    // Named phase for the open benchmarks: from asking for the application to having it parsed and evaluated.
    performance.measure('glossa:boot-load', 'glossa:boot-import');
    boot();
  },
  (error: unknown) => {
    const root = document.getElementById('root');
    if (root) root.textContent = `Glossa could not start: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  },
);
