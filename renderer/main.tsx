/**
 * The renderer's entry: start loading the article the address names (a reload or a link to `#/article/12`) before
 * the application's modules are evaluated, guard navigation, then let React own the page.
 */
import './panels/prefetchOnLoad';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installNavigationGuard } from './app/externalLinks';
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';

installNavigationGuard();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(<App />);
