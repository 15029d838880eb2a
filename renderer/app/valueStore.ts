/**
 * A value that changes often and is shown by one small component: the component subscribes
 * (`useSyncExternalStore(store.subscribe, store.get)`), so a change re-renders it alone instead of the big component
 * that owns the value (the hover card of a wiki-link used to re-render the whole article workspace).
 */
export interface ValueStore<T> {
  get: () => T;
  /** Sets the value; listeners hear only real changes (`Object.is`). */
  set: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
}

/** A store holding `initial`. */
export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
