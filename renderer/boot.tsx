/**
 * The application proper, loaded by the entry module (`main.tsx`) once it has started asking for the article the
 * address names: React takes over the page.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

/** Renders the application into `#root`. */
export function boot(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  createRoot(root).render(<App />);
}
