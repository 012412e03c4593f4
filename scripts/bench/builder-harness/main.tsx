/**
 * The builder harness page (production build only): mounts the builder or a floor of bare inputs
 * and reports timings to the Playwright driver through `window.__builderHarness`.
 */
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConditionBuilder, UNLIMITED_CAPABILITIES, type BuilderCapabilities } from '@/builder';
import { DEMO_CATALOG } from '@/builder/fixtures/catalog';
import { optionsSettled } from '@/builder/nativeOptions';
import { demoTree, largeTree } from '@/builder/fixtures/trees';
import type { Group } from '@/domain/model';
import { validateSegment } from '@/domain/validation';
import { themeFor } from '@/ui/theme';

const CAPABILITIES: BuilderCapabilities = { ...UNLIMITED_CAPABILITIES, maxDepth: 4 };

/** The slot the driver fills; the app shell (theme, baseline) is mounted once, outside the timings. */
let slot: { node: ReactNode; onCommit: () => void } = { node: null, onCommit: () => {} };
const listeners = new Set<() => void>();
const setSlot = (next: typeof slot) => {
  slot = next;
  for (const listener of listeners) listener();
};

function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  // A parent's layout effect runs after all of its children's: the whole tree is in the DOM.
  useLayoutEffect(() => onCommit(), [onCommit]);
  return children;
}

function Slot() {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => slot,
  );
  return <Committed onCommit={current.onCommit}>{current.node}</Committed>;
}

function BuilderHost({ initial, withProblems }: { initial: Group; withProblems: boolean }) {
  const [root, setRoot] = useState(initial);
  const problems = withProblems
    ? validateSegment(
        {
          name: 'Demo',
          tags: [],
          kind: 'dynamic',
          refreshDaily: false,
          databaseId: 1,
          blocks: [{ databaseId: 1, sample: { from: 0, to: 100 }, limit: 0, root }],
        },
        { catalog: DEMO_CATALOG },
      )
    : undefined;
  return (
    <ConditionBuilder
      root={root}
      onChange={setRoot}
      catalog={DEMO_CATALOG}
      capabilities={CAPABILITIES}
      problems={problems}
      groupCounts={withProblems ? { root: 12_345, 'g-engaged': 4_210, 'g-city': 388 } : undefined}
    />
  );
}

function Floor({ count }: { count: number }) {
  return (
    <div>
      {Array.from({ length: count }, (_, i) => (
        <input key={i} aria-label={`Value ${i + 1}`} defaultValue="" />
      ))}
    </div>
  );
}

/** Resolves after the frame that follows the commit has been produced (rAF, then the next task). */
const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/** Mounts `node` in the slot; returns when the render started and how long until the next frame. */
async function mountTimed(node: ReactNode): Promise<{ start: number; mounted: number }> {
  setSlot({ node: null, onCommit: () => {} });
  await afterNextFrame();
  const start = performance.now();
  await new Promise<void>((resolve) => setSlot({ node, onCommit: resolve }));
  await afterNextFrame();
  return { start, mounted: performance.now() - start };
}

const mount = async (node: ReactNode) => (await mountTimed(node)).mounted;

/** Keydown-to-next-frame latencies, collected while the driver types. */
const latencies: number[] = [];
document.addEventListener(
  'keydown',
  () => {
    const start = performance.now();
    void afterNextFrame().then(() => latencies.push(performance.now() - start));
  },
  true,
);

/**
 * Script time of each input event: from the first listener (window, capture) to the last (window,
 * bubble), which includes React's synchronous re-render. Less noisy than frame latency on a busy machine.
 */
const inputWork: number[] = [];
let inputStart = 0;
window.addEventListener('input', () => (inputStart = performance.now()), true);
window.addEventListener('input', () => inputWork.push(performance.now() - inputStart));

const harness = {
  mountBuilder: (count: number) =>
    mount(<BuilderHost key={`b${count}-${Math.random()}`} initial={largeTree(count)} withProblems={false} />),
  /** Mount, then wait until every select holds all of its options (the deferred part of a mount). */
  mountBuilderSettled: async (count: number) => {
    const { start, mounted } = await mountTimed(
      <BuilderHost key={`s${count}-${Math.random()}`} initial={largeTree(count)} withProblems={false} />,
    );
    await optionsSettled();
    await afterNextFrame();
    return { mounted, settled: performance.now() - start };
  },
  mountFloor: (count: number) => mount(<Floor key={`f${count}-${Math.random()}`} count={count} />),
  latencies: () => latencies.slice(),
  inputWork: () => inputWork.slice(),
  resetLatencies: () => {
    latencies.length = 0;
    inputWork.length = 0;
  },
};

declare global {
  interface Window {
    __builderHarness: typeof harness;
  }
}
window.__builderHarness = harness;

const params = new URLSearchParams(location.search);
if (params.get('scene') === 'demo') {
  slot = { node: <BuilderHost initial={demoTree()} withProblems />, onCommit: () => {} };
  document.documentElement.classList.add(params.get('mode') === 'dark' ? 'dark' : 'light');
}

createRoot(document.getElementById('root')!).render(
  <ThemeProvider theme={themeFor('en')} defaultMode={params.get('mode') === 'dark' ? 'dark' : 'light'}>
    <CssBaseline />
    <div style={{ padding: 24, maxWidth: params.get('scene') === 'demo' ? 1100 : undefined }}>
      <Slot />
    </div>
  </ThemeProvider>,
);
