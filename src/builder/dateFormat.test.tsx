/**
 * One date, three places: the value editor, the plain-words summary and the read-only tree write it
 * with the same formatter of the app's language (src/domain/formats.ts).
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describeCondition } from '@/domain/describe';
import { formatDate } from '@/domain/formats';
import { en } from '@/domain/locale/en';
import { ru } from '@/domain/locale/ru';
import type { Group } from '@/domain/model';
import { I18nProvider } from '@/ui/i18n';
import { UNLIMITED_CAPABILITIES } from './capabilities';
import { ConditionBuilder } from './ConditionBuilder';
import { DEMO_CATALOG } from './fixtures/catalog';
import { condition, group, one } from './fixtures/trees';
import { ReadOnlyTree } from './ReadOnlyTree';

const row = (id: string) => document.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!;
const tree = (date = '2024-05-01'): Group => group('root', 'and', [condition('c1', '_regdate', 'after', one(date))]);

function Editor({ locale, date }: { locale: 'en' | 'ru'; date?: string }) {
  const [root, setRoot] = useState(() => tree(date));
  return (
    <I18nProvider locale={locale}>
      <ConditionBuilder root={root} onChange={setRoot} catalog={DEMO_CATALOG} capabilities={UNLIMITED_CAPABILITIES} />
    </I18nProvider>
  );
}

describe('one date format per language', () => {
  it('writes the date the same in the editor, the summary and the read-only tree (Russian on an English browser)', () => {
    const expected = formatDate('2024-05-01', ru.tag);
    expect(expected).toBe('01.05.2024');

    const summary = describeCondition(tree().children[0] as never, { catalog: DEMO_CATALOG, locale: ru });

    const editor = render(<Editor locale="ru" />);
    const input = within(row('c1')).getByLabelText('Значение');
    // The native input writes the date as the browser's language does (en-US here), so the app's
    // format is shown beside it and named as its description.
    expect(input).toHaveAttribute('type', 'date');
    expect(input).toHaveValue('2024-05-01');
    expect(input).toHaveAccessibleDescription(expected);
    const inEditor = within(row('c1')).getByText(expected).textContent;
    editor.unmount();

    render(
      <I18nProvider locale="ru">
        <ReadOnlyTree root={tree()} catalog={DEMO_CATALOG} />
      </I18nProvider>,
    );
    const inTree = within(row('c1')).getByText(expected).textContent;

    expect(summary).toBe(`Registration date позже ${expected}`);
    expect([inEditor, inTree]).toEqual([expected, expected]);
  });

  it('adds nothing beside the input where the browser already writes dates the app’s way', () => {
    render(<Editor locale="en" />);
    const input = within(row('c1')).getByLabelText('Value');
    expect(input).not.toHaveAccessibleDescription();
    expect(screen.queryByText(formatDate('2024-05-01', en.tag))).toBeNull();
  });

  it('keeps the input in place while a date is entered, so focus never jumps', () => {
    render(<Editor locale="ru" date="" />);
    const input = within(row('c1')).getByLabelText('Значение');
    expect(input).not.toHaveAccessibleDescription();
    fireEvent.change(input, { target: { value: '2024-05-01' } });
    expect(within(row('c1')).getByLabelText('Значение')).toBe(input);
    expect(input).toHaveAccessibleDescription('01.05.2024');
  });
});
