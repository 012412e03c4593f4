import { act, render, screen } from '@testing-library/react';
import { deferredModule, prefetch, useDeferredModule, type DeferredModule } from './deferred';

interface Part {
  name: string;
}

/** An import() the test settles by hand. */
function manualImport() {
  const calls: Array<{ resolve: (part: Part) => void; reject: (error: Error) => void }> = [];
  const importModule = () => new Promise<Part>((resolve, reject) => calls.push({ resolve, reject }));
  return { importModule, calls };
}

function Shows({ module, wanted }: { module: DeferredModule<Part>; wanted: boolean }) {
  const part = useDeferredModule(module, wanted);
  return <p>{part ? part.name : 'stand-in'}</p>;
}

describe('deferredModule', () => {
  it('fetches once for every caller and keeps what arrived', async () => {
    const { importModule, calls } = manualImport();
    const module = deferredModule(importModule);
    expect(module.loaded()).toBeNull();
    const first = module.load();
    const second = module.load();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ name: 'list' });
    await expect(first).resolves.toEqual({ name: 'list' });
    await expect(second).resolves.toEqual({ name: 'list' });
    expect(module.loaded()).toEqual({ name: 'list' });
    await module.load();
    expect(calls).toHaveLength(1);
  });

  it('tries again after a failed fetch', async () => {
    const { importModule, calls } = manualImport();
    const module = deferredModule(importModule);
    const first = module.load();
    calls[0]!.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    expect(module.loaded()).toBeNull();
    const second = module.load();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve({ name: 'list' });
    await expect(second).resolves.toEqual({ name: 'list' });
  });

  it('prefetches without an unhandled rejection when the fetch fails', async () => {
    const { importModule, calls } = manualImport();
    const module = deferredModule(importModule);
    prefetch(module);
    calls[0]!.reject(new Error('offline'));
    // Vitest fails the run on an unhandled rejection; give it the chance to surface.
    await new Promise((resolve) => setTimeout(resolve, 0));
    prefetch(module);
    expect(calls).toHaveLength(2);
  });
});

describe('useDeferredModule', () => {
  it('fetches only once wanted, and renders what arrived', async () => {
    const { importModule, calls } = manualImport();
    const module = deferredModule(importModule);
    const { rerender } = render(<Shows module={module} wanted={false} />);
    expect(calls).toHaveLength(0);
    rerender(<Shows module={module} wanted />);
    expect(screen.getByText('stand-in')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]!.resolve({ name: 'list' }));
    expect(screen.getByText('list')).toBeInTheDocument();
    rerender(<Shows module={module} wanted={false} />);
    expect(screen.getByText('stand-in')).toBeInTheDocument();
  });

  it('renders a module that has already arrived in the first commit', async () => {
    const { importModule, calls } = manualImport();
    const module = deferredModule(importModule);
    const loading = module.load();
    calls[0]!.resolve({ name: 'list' });
    await loading;
    render(<Shows module={module} wanted />);
    expect(screen.getByText('list')).toBeInTheDocument();
  });

  it('keeps the stand-in after a failed fetch, and tries again when wanted anew', async () => {
    const { importModule, calls } = manualImport();
    const module = deferredModule(importModule);
    const { rerender } = render(<Shows module={module} wanted />);
    await act(async () => calls[0]!.reject(new Error('offline')));
    expect(screen.getByText('stand-in')).toBeInTheDocument();
    rerender(<Shows module={module} wanted={false} />);
    rerender(<Shows module={module} wanted />);
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]!.resolve({ name: 'list' }));
    expect(screen.getByText('list')).toBeInTheDocument();
  });
});
