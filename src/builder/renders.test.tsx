/**
 * Typing in one row must not re-render the others. Value editors are not memoised, so each one
 * renders exactly when its row does: counting editor renders per node counts row renders.
 */
import { Profiler, type ComponentType } from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Group } from '@/domain/model';
import { useState } from 'react';
import { UNLIMITED_CAPABILITIES } from './capabilities';
import type { ValueEditorProps } from './editors';
import { DEMO_CATALOG } from './fixtures/catalog';
import { largeTree } from './fixtures/trees';

const renders = new Map<string, number>();

vi.mock('./editors', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./editors')>();
  const { createElement } = await import('react');
  const counted = (Editor: ComponentType<ValueEditorProps>) => (props: ValueEditorProps) => {
    renders.set(props.nodeId, (renders.get(props.nodeId) ?? 0) + 1);
    return createElement(Editor, props);
  };
  return {
    ...actual,
    VALUE_EDITORS: Object.fromEntries(
      Object.entries(actual.VALUE_EDITORS).map(([kind, Editor]) => [kind, counted(Editor)]),
    ),
  };
});

const { ConditionBuilder } = await import('./ConditionBuilder');

describe('render isolation', () => {
  it('re-renders only the edited row when typing in its value', () => {
    const commits: string[] = [];
    function Owner() {
      const [root, setRoot] = useState<Group>(() => largeTree(200));
      return (
        <Profiler id="builder" onRender={(_id, phase) => commits.push(phase)}>
          <ConditionBuilder
            root={root}
            onChange={setRoot}
            catalog={DEMO_CATALOG}
            capabilities={UNLIMITED_CAPABILITIES}
          />
        </Profiler>
      );
    }
    render(<Owner />);
    const rows = renders.size;
    expect(rows).toBe(200);
    renders.clear();
    commits.length = 0;

    // c120 is a "City contains …" row (a text value).
    const row = document.querySelector<HTMLElement>('[data-node-id="c120"]')!;
    const input = within(row).getByRole('textbox', { name: 'Value' });
    for (const text of ['c', 'ci', 'cit']) fireEvent.change(input, { target: { value: text } });

    expect(commits.filter((phase) => phase === 'update').length).toBeGreaterThanOrEqual(3);
    expect([...renders.keys()]).toEqual(['c120']);
    expect(renders.get('c120')).toBe(3);
    expect(screen.getAllByRole('combobox', { name: 'Field' })).toHaveLength(200);
  });
});
