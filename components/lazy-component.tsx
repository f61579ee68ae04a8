/**
 * A component whose code loads the first time it is rendered: what a screen shows only sometimes
 * (the first-run screen, the manual entry, the "who is this?" step, the record pickers) stays out
 * of the popup's first module graph, which every open pays for.
 *
 *   const ManualEntry = lazyComponent(() => import('./ManualEntry').then((m) => m.ManualEntry));
 */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const start = () => {
    loading ??= load().then((component) => {
      loaded = component;
    });
    return loading;
  };
  return function Lazy(props: P) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (loaded === null) void start().then(() => setReady(true));
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  };
}
