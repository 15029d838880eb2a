/**
 * Catches a rendering failure in one part of the window and says so there, with a way back, instead of leaving the
 * user with a blank window. The error is shown, never swallowed.
 */
import { Component, type ReactNode } from 'react';

/** Props of the boundary: what to show, and what "Back" does. */
export interface ErrorBoundaryProps {
  children: ReactNode;
  onReset?: () => void;
}

/** A React error boundary (React only offers them as classes). */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="article-state" role="alert" data-testid="render-error">
        <h2>This view could not be shown</h2>
        <p className="muted">{error.message}</p>
        {this.props.onReset && (
          <button
            type="button"
            className="button"
            onClick={() => {
              this.setState({ error: null });
              this.props.onReset?.();
            }}
          >
            Back to the library
          </button>
        )}
      </main>
    );
  }
}
