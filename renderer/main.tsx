/**
 * The renderer's entry: guard navigation first, then let React own the page.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installNavigationGuard } from './app/externalLinks';
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';

installNavigationGuard();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(<App />);
