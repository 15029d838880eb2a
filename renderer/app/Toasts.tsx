/**
 * Messages to the user: errors stay until dismissed (nothing is swallowed), notices fade after a few seconds.
 */
import { useCallback, useRef, useState } from 'react';
import { describeError } from '../api';

/** One message on screen. */
export interface Toast {
  id: number;
  kind: 'error' | 'info';
  title: string;
  message: string;
}

/** How long a notice stays on screen. */
const INFO_TOAST_MS = 5000;

/** Whether two toasts say the same thing. */
function sameMessage(a: Omit<Toast, 'id'>, b: Omit<Toast, 'id'>): boolean {
  return a.kind === b.kind && a.title === b.title && a.message === b.message;
}

/** What components use to talk to the user. */
export interface Notifier {
  error(title: string, error: unknown): void;
  info(title: string, message?: string): void;
}

/** Toast state and the notifier that feeds it. */
export function useToasts(): { toasts: Toast[]; notify: Notifier; dismiss(id: number): void } {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);
  const push = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId.current++;
      // The same message again (a key pressed twice at the first pair, a retried save) replaces its copy: one toast,
      // its timer started afresh, instead of a stack of copies over the side panel.
      setToasts((list) => {
        const others = list.filter((t) => !sameMessage(t, toast));
        const kept = others.slice(-4);
        // The copies replaced and the oldest pushed off the stack need no timer any more.
        for (const t of list) {
          if (kept.includes(t)) continue;
          clearTimeout(timers.current.get(t.id));
          timers.current.delete(t.id);
        }
        return [...kept, { ...toast, id }];
      });
      if (toast.kind === 'info') timers.current.set(id, setTimeout(() => dismiss(id), INFO_TOAST_MS));
    },
    [dismiss],
  );
  const notifyRef = useRef<Notifier | null>(null);
  notifyRef.current ??= {
    error(title, error) {
      const { code, message } = describeError(error);
      push({ kind: 'error', title: `${title} (${code})`, message });
    },
    info(title, message = '') {
      push({ kind: 'info', title, message });
    },
  };
  return { toasts, notify: notifyRef.current, dismiss };
}

/** The toast stack, announced to screen readers. */
export function Toasts({ toasts, dismiss }: { toasts: Toast[]; dismiss(id: number): void }) {
  return (
    <div className="toasts" aria-live="polite" data-testid="toasts">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : 'status'}
          data-testid={toast.kind === 'error' ? 'toast-error' : 'toast-info'}
        >
          <div className="toast-text">
            <strong>{toast.title}</strong>
            {toast.message && <span>{toast.message}</span>}
          </div>
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
