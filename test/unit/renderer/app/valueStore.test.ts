import { describe, expect, it } from 'vitest';
import { createValueStore } from '../../../../renderer/app/valueStore';

describe('createValueStore', () => {
  it('tells its listeners about real changes only, until they unsubscribe', () => {
    const store = createValueStore<{ target: string } | null>(null);
    const heard: ({ target: string } | null)[] = [];
    const stop = store.subscribe(() => heard.push(store.get()));
    const link = { target: '卡塔尔' };
    store.set(link);
    store.set(link);
    store.set(null);
    store.set(null);
    stop();
    store.set({ target: '多哈' });
    expect(heard).toEqual([link, null]);
    expect(store.get()).toEqual({ target: '多哈' });
  });
});
