import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Group, OpaqueCondition } from '@/domain/model';
import { validateSegment } from '@/domain/validation';
import { UNLIMITED_CAPABILITIES } from './capabilities';
import { ConditionBuilder } from './ConditionBuilder';
import { DEMO_CATALOG } from './fixtures/catalog';
import { condition, demoTree, group, list, none, one, two } from './fixtures/trees';
import { renderBuilder } from './testing/renderBuilder';

/** The row (or group) element of a node, for scoping queries to it. */
function row(nodeId: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-node-id="${nodeId}"]`);
  if (!element) throw new Error(`No row for ${nodeId}`);
  return element;
}

/** The header of a group: its own controls, not those of nested groups. */
function header(groupId: string): HTMLElement {
  return row(groupId).firstElementChild as HTMLElement;
}

const ids = (g: Group) => g.children.map((child) => child.id);

const problemsOf = (root: Group) =>
  validateSegment(
    {
      name: 'Test',
      tags: [],
      kind: 'dynamic',
      refreshDaily: false,
      databaseId: 1,
      blocks: [{ databaseId: 1, sample: { from: 0, to: 100 }, limit: 0, root }],
    },
    { catalog: DEMO_CATALOG },
  );

const city = (id: string, text = 'Paris') => condition(id, '_city', 'contains', one(text));

describe('ConditionBuilder: groups', () => {
  it('toggles the combinator with buttons named "Match all" and "Match any"', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [city('c1')]));
    expect(screen.getByRole('button', { name: 'Match all' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('of the following')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Match any' }));

    expect(tree().combinator).toBe('or');
    expect(screen.getByRole('button', { name: 'Match any' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('adds a condition, focuses its field, and removes conditions', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [city('c1')]));

    await user.click(screen.getByRole('button', { name: 'Add condition' }));

    expect(tree().children).toHaveLength(2);
    const fields = screen.getAllByRole('combobox', { name: 'Field' });
    expect(fields[1]).toHaveFocus();
    expect(fields[1]).toHaveValue('E-mail');

    await user.click(within(row('c1')).getByRole('button', { name: 'Remove condition' }));

    expect(tree().children).toHaveLength(1);
    expect(tree().children[0]!.type).toBe('condition');
    expect(screen.getByText(/Removed “City contains Paris”/)).toBeInTheDocument();
  });

  it('adds a nested group with a first condition, and removes it', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [city('c1')]));

    await user.click(screen.getByRole('button', { name: 'Add group' }));

    const nested = tree().children[1] as Group;
    expect(nested.type).toBe('group');
    expect(nested.children).toHaveLength(1);
    expect(within(row(nested.id)).getByRole('combobox', { name: 'Field' })).toHaveFocus();

    await user.click(within(header(nested.id)).getByRole('button', { name: 'Remove group' }));

    expect(ids(tree())).toEqual(['c1']);
    expect(within(header('root')).queryByRole('button', { name: 'Remove group' })).toBeNull();
  });

  it('toggles NOT and clones a group', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [group('g1', 'or', [city('c1')])]));

    await user.click(within(header('g1')).getByRole('button', { name: 'NOT' }));
    expect((tree().children[0] as Group).not).toBe(true);

    await user.click(within(header('g1')).getByRole('button', { name: 'Clone group' }));
    expect(tree().children).toHaveLength(2);
    const copy = tree().children[1] as Group;
    expect(copy.id).not.toBe('g1');
    expect(copy.children[0]).toMatchObject({ field: '_city', operator: 'contains', value: one('Paris') });
  });

  it('collapses a group to a one-line summary with its condition count', async () => {
    const { user } = renderBuilder(group('root', 'and', [group('g1', 'or', [city('c1'), city('c2', 'Lyon')])]));

    await user.click(within(header('g1')).getByRole('button', { name: 'Collapse group' }));

    expect(within(row('g1')).getByText('2 conditions')).toBeInTheDocument();
    expect(within(row('g1')).getByText('City contains Paris or City contains Lyon')).toBeInTheDocument();
    expect(within(row('g1')).queryByRole('combobox', { name: 'Field' })).toBeNull();

    await user.click(within(header('g1')).getByRole('button', { name: 'Expand group' }));
    expect(within(row('g1')).getAllByRole('combobox', { name: 'Field' })).toHaveLength(2);
  });

  it('shows per-group counts, dimmed while new ones are pending', () => {
    renderBuilder(group('root', 'and', [city('c1')]), { groupCounts: { root: 12345 }, countsPending: true });
    const count = screen.getByText('≈ 12,345 profiles');
    expect(count.parentElement).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('updating')).toBeInTheDocument();
  });
});

describe('ConditionBuilder: fields and operators', () => {
  it('offers only the operators of the field type that the backend allows', () => {
    renderBuilder(group('root', 'and', [condition('c1', 'age', 'gt', one(30))]), {
      capabilities: {
        maxDepth: 3,
        not: true,
        maxConditionsPerGroup: null,
        operatorsByType: { number: ['equals', 'gt', 'between'] },
      },
    });
    const operator = within(row('c1')).getByRole('combobox', { name: 'Operator' });
    const labels = within(operator)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toEqual(['is', 'is greater than', 'is between']);
  });

  it('lists every operator of the type when the backend does not restrict it', () => {
    renderBuilder(group('root', 'and', [city('c1')]));
    const labels = within(within(row('c1')).getByRole('combobox', { name: 'Operator' }))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toContain('contains');
    expect(labels).toContain('is any of');
    expect(labels).not.toContain('is greater than');
  });

  it('keeps operator and value when the new field fits them, and resets them when it does not', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [city('c1', 'Par')]));
    const field = within(row('c1')).getByRole('combobox', { name: 'Field' });

    await user.click(field);
    // The list's module arrives on first use (FieldCombobox); after that it opens at once.
    expect(await screen.findByRole('listbox', { name: 'Fields' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'System fields' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Custom fields' })).toBeInTheDocument();
    await user.keyboard('first');
    await user.keyboard('{Enter}');

    expect(tree().children[0]).toMatchObject({ field: '_fname', operator: 'contains', value: one('Par') });
    expect(field).toHaveValue('First name');

    await user.click(field);
    await user.click(await screen.findByRole('option', { name: /^Age/ }));

    expect(tree().children[0]).toMatchObject({ field: 'age', operator: 'equals', value: one('') });
  });

  it('says when no field matches the search', async () => {
    const { user } = renderBuilder(group('root', 'and', [city('c1')]));
    await user.click(within(row('c1')).getByRole('combobox', { name: 'Field' }));
    await user.keyboard('zzz');
    expect(await screen.findByText('No field matches “zzz”')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(within(row('c1')).getByRole('combobox', { name: 'Field' })).toHaveValue('City');
  });

  it('changes the operator and keeps a value that still fits', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [condition('c1', 'age', 'gt', one(30))]));
    const operator = within(row('c1')).getByRole('combobox', { name: 'Operator' });

    await user.selectOptions(operator, 'is less than');
    expect(tree().children[0]).toMatchObject({ operator: 'lt', value: one(30) });

    await user.selectOptions(operator, 'is between');
    expect(tree().children[0]).toMatchObject({ operator: 'between', value: two('', '') });
  });
});

describe('ConditionBuilder: value editors', () => {
  it('edits a range with "Value from" and "Value to"', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [condition('c1', 'age', 'between', two(1, 2))]));
    const from = within(row('c1')).getByRole('spinbutton', { name: 'Value from' });
    const to = within(row('c1')).getByRole('spinbutton', { name: 'Value to' });

    await user.clear(from);
    await user.type(from, '25');
    await user.clear(to);
    await user.type(to, '40');

    expect(tree().children[0]).toMatchObject({ value: two(25, 40) });
  });

  it('edits a date with a date input', () => {
    const { tree } = renderBuilder(group('root', 'and', [condition('c1', '_regdate', 'after', one(''))]));
    const input = within(row('c1')).getByLabelText('Value');
    expect(input).toHaveAttribute('type', 'date');

    fireEvent.change(input, { target: { value: '2024-05-01' } });

    expect(tree().children[0]).toMatchObject({ value: one('2024-05-01') });
  });

  it('edits relative days as a number, the unit named once by the operator', async () => {
    const { user, tree } = renderBuilder(
      group('root', 'and', [condition('c1', 'last_order_date', 'in_last_days', one(''))]),
    );
    const input = within(row('c1')).getByRole('spinbutton', { name: 'Value' });
    expect(within(row('c1')).getByRole('combobox', { name: 'Operator' })).toHaveDisplayValue('is in the last N days');
    // No "days" suffix after the number repeats the unit the operator already names.
    expect(within(row('c1')).queryByText('days')).toBeNull();

    await user.type(input, '14');

    expect(tree().children[0]).toMatchObject({ value: one(14) });
  });

  it('picks an enum value from the catalog options', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [condition('c1', 'loyalty_tier', 'is', one('gold'))]));
    const select = within(row('c1')).getByRole('combobox', { name: 'Value' });
    expect(select).toHaveDisplayValue('Gold');

    await user.selectOptions(select, 'Platinum');

    expect(tree().children[0]).toMatchObject({ value: one('platinum') });
  });

  it('picks several enum values in a popup of checkboxes', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [condition('c1', '_country', 'is_any_of', list('FR'))]));
    const button = within(row('c1')).getByRole('button', { name: 'Value' });
    expect(button).toHaveTextContent('France');

    await user.click(button);
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Germany' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'France' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Spain' }));

    expect(tree().children[0]).toMatchObject({ value: list('DE', 'ES') });
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(button).toHaveTextContent('Germany, Spain');
  });

  it('shows no value input for operators without a value', () => {
    renderBuilder(group('root', 'and', [condition('c1', 'is_vip', 'is_true', none)]));
    expect(within(row('c1')).queryByLabelText('Value')).toBeNull();
  });

  it('takes 5,000 pasted values, removes duplicates, counts them and shows only the first chips', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [condition('c1', 'coupon', 'in_list', list())]));
    const unique = Array.from({ length: 4000 }, (_, i) => `CODE${i}`);
    const separators = ['\n', ',', ';', '\t', '\r\n'];
    const pasted = [...unique, ...unique.slice(0, 1000)]
      .map((value, i) => value + separators[i % separators.length])
      .join('');

    await user.click(within(row('c1')).getByRole('textbox', { name: 'Value' }));
    await user.paste(pasted);

    const value = tree().children[0];
    expect(value).toMatchObject({ value: { kind: 'list' } });
    expect(value?.type === 'condition' && value.value.kind === 'list' && value.value.values).toHaveLength(4000);
    expect(within(row('c1')).getByText('4,000 values, duplicates removed: 1,000')).toBeInTheDocument();
    expect(within(row('c1')).getAllByRole('button', { name: /^Remove CODE/ })).toHaveLength(20);
    expect(within(row('c1')).getByText('and 3,980 more')).toBeInTheDocument();
  });

  it('adds a typed list value on Enter and edits all values as text', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [condition('c1', 'coupon', 'in_list', list('A'))]));
    await user.type(within(row('c1')).getByRole('textbox', { name: 'Value' }), 'B{Enter}');
    expect(tree().children[0]).toMatchObject({ value: list('A', 'B') });
    expect(tree().children).toHaveLength(1);

    await user.click(within(row('c1')).getByRole('button', { name: 'Edit as text' }));
    const text = screen.getByRole('textbox', { name: 'Values, one per line' });
    expect(text).toHaveValue('A\nB');
    await user.clear(text);
    await user.type(text, 'X{Enter}Y{Enter}X');
    await user.click(screen.getByRole('button', { name: 'Save values' }));

    expect(tree().children[0]).toMatchObject({ value: list('X', 'Y') });
    expect(within(row('c1')).getByText('2 values, duplicates removed: 1')).toBeInTheDocument();
  });
});

describe('ConditionBuilder: keyboard', () => {
  const start = () => group('root', 'and', [city('c1'), city('c2', 'Lyon'), group('g1', 'or', [city('c3', 'Nice')])]);

  it('moves a row with Alt+arrows, keeps focus on it and announces the move', async () => {
    const { user, tree } = renderBuilder(start());
    const value = () => within(row('c1')).getByRole('textbox', { name: 'Value' });

    await user.click(value());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(ids(tree())).toEqual(['c2', 'c1', 'g1']);
    expect(value()).toHaveFocus();
    expect(screen.getByText('Moved “City contains Paris” to position 2 of 3 in the top group.')).toBeInTheDocument();

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(ids(tree())).toEqual(['c2', 'g1', 'c1']);

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(ids(tree())).toEqual(['c2', 'g1']);
    expect(ids(tree().children[1] as Group)).toEqual(['c3', 'c1']);
    expect(value()).toHaveFocus();

    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(ids(tree())).toEqual(['c2', 'g1', 'c1']);
    expect(value()).toHaveFocus();

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(ids(tree())).toEqual(['c2', 'c1', 'g1']);
  });

  it('announces a move that is not possible and leaves the tree alone', async () => {
    const { user, changes } = renderBuilder(start());
    await user.click(within(row('c1')).getByRole('textbox', { name: 'Value' }));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(changes()).toBe(0);
    expect(screen.getByText('Cannot move “City contains Paris” there.')).toBeInTheDocument();
  });

  it('moves from the row menu, which also clones and wraps', async () => {
    const { user, tree } = renderBuilder(start());

    await user.click(within(row('c1')).getByRole('button', { name: 'More actions' }));
    expect(screen.getByRole('menuitem', { name: /Move up/ })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('menuitem', { name: /Move down/ }));
    expect(ids(tree())).toEqual(['c2', 'c1', 'g1']);
    expect(within(row('c1')).getByRole('button', { name: 'More actions' })).toHaveFocus();

    await user.click(within(row('c1')).getByRole('button', { name: 'More actions' }));
    expect(screen.getByRole('menuitem', { name: /Move into group above/ })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('menuitem', { name: /Move down/ }));
    expect(ids(tree())).toEqual(['c2', 'g1', 'c1']);

    await user.click(within(row('c1')).getByRole('button', { name: 'More actions' }));
    await user.click(screen.getByRole('menuitem', { name: /Move into group above/ }));
    expect(ids(tree())).toEqual(['c2', 'g1']);

    await user.click(within(row('c1')).getByRole('button', { name: 'More actions' }));
    await user.click(screen.getByRole('menuitem', { name: /Move out of group/ }));
    expect(ids(tree())).toEqual(['c2', 'g1', 'c1']);

    await user.click(within(row('c2')).getByRole('button', { name: 'More actions' }));
    await user.click(screen.getByRole('menuitem', { name: /Wrap in group/ }));
    const wrapper = tree().children[0] as Group;
    expect(wrapper.type).toBe('group');
    expect(ids(wrapper)).toEqual(['c2']);

    await user.click(within(row('c2')).getByRole('button', { name: 'More actions' }));
    await user.click(screen.getByRole('menuitem', { name: /Clone/ }));
    expect(wrapper.id).toBe((tree().children[0] as Group).id);
    expect((tree().children[0] as Group).children).toHaveLength(2);
  });

  it('arms a grip with drag and drop once a pointer comes near, in its own place, still opening the menu', async () => {
    const { user } = renderBuilder(start());
    const grip = within(row('c1')).getByRole('button', { name: 'Drag to move' });
    const place = grip.parentElement;

    await user.hover(grip);

    // dnd-kit's button takes the grip's place, in the same row, once its module has loaded.
    await vi.waitFor(() => expect(within(row('c1')).getByRole('button', { name: 'Drag to move' })).not.toBe(grip));
    const armed = within(row('c1')).getByRole('button', { name: 'Drag to move' });
    expect(armed.parentElement?.parentElement).toBe(place);
    expect(armed).toHaveAttribute('data-focus-key', 'drag');

    await user.click(armed);
    expect(screen.getByRole('menuitem', { name: /Move down/ })).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: /Move down/ }));
    expect(within(row('c1')).getAllByRole('button', { name: 'Drag to move' })).toHaveLength(1);
  });

  it('adds the next condition on Enter in the last value and focuses its field', async () => {
    const { user, tree } = renderBuilder(start());

    await user.type(within(row('c1')).getByRole('textbox', { name: 'Value' }), '{Enter}');

    expect(tree().children).toHaveLength(4);
    expect(tree().children[0]!.id).toBe('c1');
    const added = tree().children[1]!;
    expect(within(row(added.id)).getByRole('combobox', { name: 'Field' })).toHaveFocus();
  });

  it('calls onLastValueEnter instead when it is given', async () => {
    const onLastValueEnter = vi.fn<() => void>();
    const { user, changes } = renderBuilder(start(), { onLastValueEnter });

    await user.type(within(row('c2')).getByRole('textbox', { name: 'Value' }), '{Enter}');

    expect(onLastValueEnter).toHaveBeenCalledTimes(1);
    expect(changes()).toBe(0);
  });

  it('uses "Value to" as the last value of a range', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [condition('c1', 'age', 'between', two(1, 2))]));
    await user.type(within(row('c1')).getByRole('spinbutton', { name: 'Value from' }), '{Enter}');
    expect(tree().children).toHaveLength(1);
    await user.type(within(row('c1')).getByRole('spinbutton', { name: 'Value to' }), '{Enter}');
    expect(tree().children).toHaveLength(2);
  });
});

describe('ConditionBuilder: opaque conditions, problems and capabilities', () => {
  const opaque: OpaqueCondition = {
    type: 'opaque',
    id: 'o1',
    vendor: 'altcraft',
    label: 'Opened campaign 412',
    raw: { deep: [1, 2] },
  };

  it('shows an opaque condition read-only, movable and removable, and keeps it verbatim', async () => {
    const { user, tree } = renderBuilder(group('root', 'and', [city('c1'), opaque]));
    const opaqueRow = row('o1');

    expect(within(opaqueRow).getByText('Opened campaign 412')).toBeInTheDocument();
    expect(within(opaqueRow).getByText('Kept as is: not editable here')).toBeInTheDocument();
    expect(within(opaqueRow).queryByRole('combobox')).toBeNull();
    expect(within(opaqueRow).queryByRole('textbox')).toBeNull();
    expect(within(opaqueRow).getByRole('button', { name: 'Drag to move' })).toBeInTheDocument();

    await user.type(within(row('c1')).getByRole('textbox', { name: 'Value' }), 'x');
    expect(tree().children[1]).toBe(opaque);

    await user.click(within(opaqueRow).getByRole('button', { name: 'More actions' }));
    await user.click(screen.getByRole('menuitem', { name: /Move up/ }));
    expect(tree().children[0]).toBe(opaque);

    await user.click(within(row('o1')).getByRole('button', { name: 'Remove condition' }));
    expect(ids(tree())).toEqual(['c1']);
  });

  it('shows each problem in its own row, linked to the invalid input', () => {
    renderBuilder(demoTree(), { problems: problemsOf });
    const cityRow = row('c-city');
    const message = within(cityRow).getByText('Enter a value for City.');
    const input = within(cityRow).getByRole('textbox', { name: 'Value' });

    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Error: Enter a value for City\./);
    expect(message.closest('li')).toHaveAttribute('data-severity', 'error');
    expect(within(row('c-age')).queryByText(/Enter a value/)).toBeNull();
    expect(within(row('c-age')).getByRole('spinbutton', { name: 'Value from' })).not.toHaveAttribute('aria-invalid');
  });

  it('shows warnings in words, without marking the input invalid', () => {
    const root = group('root', 'and', [condition('c1', 'loyalty_tier', 'is', one('diamond'))]);
    renderBuilder(root, { problems: problemsOf });
    const warning = within(row('c1')).getByText('"diamond" is not one of the options of Loyalty tier.');
    expect(warning.closest('li')).toHaveAttribute('data-severity', 'warning');
    expect(within(row('c1')).getByRole('combobox', { name: 'Value' })).not.toHaveAttribute('aria-invalid');
  });

  it('hides NOT where the backend cannot negate a group', () => {
    renderBuilder(group('root', 'and', [group('g1', 'or', [city('c1')])]), {
      capabilities: { maxDepth: 3, not: false, maxConditionsPerGroup: null },
    });
    expect(screen.queryByRole('button', { name: 'NOT' })).toBeNull();
  });

  it('disables "Add group" beyond the maximum depth and says why', async () => {
    const { user, changes } = renderBuilder(group('root', 'and', [group('g1', 'or', [city('c1')])]), {
      capabilities: { maxDepth: 2, not: true, maxConditionsPerGroup: null },
    });
    const lastAddGroup = (element: HTMLElement) =>
      within(element).getAllByRole('button', { name: 'Add group' }).at(-1)!;
    const rootAdd = lastAddGroup(row('root'));
    const nestedAdd = lastAddGroup(row('g1'));
    expect(rootAdd).not.toHaveAttribute('aria-disabled');
    expect(nestedAdd).toHaveAttribute('aria-disabled', 'true');
    expect(nestedAdd).toHaveAccessibleDescription('Groups can nest at most 2 levels deep here.');

    await user.click(nestedAdd);
    expect(changes()).toBe(0);
  });

  it('says so when the backend has no nested groups at all', () => {
    renderBuilder(group('root', 'and', [city('c1')]), {
      capabilities: { maxDepth: 1, not: false, maxConditionsPerGroup: null },
    });
    expect(screen.getByRole('button', { name: 'Add group' })).toHaveAccessibleDescription(
      'This backend does not support nested groups.',
    );
  });

  it('disables "Add condition" when a group is full and says why', async () => {
    const { user, changes } = renderBuilder(group('root', 'and', [city('c1'), city('c2')]), {
      capabilities: { maxDepth: 3, not: true, maxConditionsPerGroup: 2 },
    });
    const add = screen.getByRole('button', { name: 'Add condition' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription('A group can hold at most 2 conditions here.');
    await user.click(add);
    await user.type(within(row('c2')).getByRole('textbox', { name: 'Value' }), '{Enter}');
    expect(changes()).toBe(0);
  });

  it('shows why an action stops in words beside it, and still offers a group in a full group', () => {
    renderBuilder(group('root', 'and', [city('c1'), city('c2')]), {
      capabilities: { maxDepth: 3, not: true, maxConditionsPerGroup: 2 },
    });
    expect(within(row('root')).getAllByText('A group can hold at most 2 conditions here.')).toHaveLength(1);
    // The limit counts conditions (Push0's constraints per group), not nested groups.
    expect(screen.getByRole('button', { name: 'Add group' })).not.toHaveAttribute('aria-disabled');
  });

  it('offers only the combinator a backend fixes at the top level, and says why', async () => {
    const { user, changes } = renderBuilder(group('root', 'and', [group('g1', 'and', [city('c1')])]), {
      capabilities: { maxDepth: 2, not: false, maxConditionsPerGroup: 10, fixedRootCombinator: 'and' },
    });
    const [rootAny, nestedAny] = screen.getAllByRole('button', { name: 'Match any' });
    expect(rootAny).toHaveAttribute('aria-disabled', 'true');
    expect(rootAny).toHaveAccessibleDescription('This backend always matches all of the top-level groups.');
    expect(screen.getByText('This backend always matches all of the top-level groups.')).toBeVisible();
    await user.click(rootAny!);
    expect(changes()).toBe(0);
    expect(nestedAny).not.toHaveAttribute('aria-disabled');
    await user.click(nestedAny!);
    expect(changes()).toBe(1);
  });

  it('gives every control an accessible name', () => {
    renderBuilder(demoTree(), { problems: problemsOf });
    for (const control of [
      ...screen.getAllByRole('button'),
      ...screen.getAllByRole('combobox'),
      ...screen.getAllByRole('textbox'),
    ]) {
      expect(control).toHaveAccessibleName();
    }
    expect(screen.getAllByRole('button', { name: 'Drag to move' }).length).toBeGreaterThan(10);
  });

  it('re-reads a value changed from outside (an undo) into the uncontrolled input', async () => {
    const before = group('root', 'and', [city('c1')]);
    const onChange = vi.fn<(next: Group) => void>();
    const props = { catalog: DEMO_CATALOG, capabilities: UNLIMITED_CAPABILITIES, onChange };
    const { rerender } = render(<ConditionBuilder root={before} {...props} />);
    const input = within(row('c1')).getByRole('textbox', { name: 'Value' });

    fireEvent.change(input, { target: { value: 'ParisX' } });
    const edited = onChange.mock.calls[0]![0];
    rerender(<ConditionBuilder root={edited} {...props} />);
    expect(input).toHaveValue('ParisX');

    rerender(<ConditionBuilder root={before} {...props} />);
    expect(input).toHaveValue('Paris');
  });
});
