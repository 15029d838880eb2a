/**
 * A button that opens the system's file chooser and hands over the one file picked: the hidden `<input type=file>`
 * behind every "Import…" button. Its value is cleared at once, so picking the same file again (after fixing it) fires
 * again.
 */
import { useRef, type ReactNode } from 'react';

interface FileButtonProps {
  children: ReactNode;
  /** The chooser's filter (`.tmx,.xml`). */
  accept: string;
  onFile: (file: File) => void;
  className?: string;
  disabled?: boolean;
  title?: string;
  /** Test id of the button; the input gets `${testId}-input` unless `inputTestId` names it. */
  testId?: string;
  inputTestId?: string;
}

/** The button and its hidden file input. */
export function FileButton({ children, accept, onFile, className = 'button ghost', disabled, title, testId, inputTestId }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} title={title} onClick={() => input.current?.click()} data-testid={testId}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        data-testid={inputTestId ?? (testId ? `${testId}-input` : undefined)}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
