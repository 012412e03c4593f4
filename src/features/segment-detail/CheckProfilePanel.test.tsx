import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProfileCheck } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { renderRoute } from '@/test/render';
import { catalogFor, createTranslator } from '@/ui/i18n';
import { CheckProfilePanel, reasonText } from './CheckProfilePanel';
import { fakeProvider } from './fakeProvider';
import { detailMessages } from './messages';

const en = createTranslator(catalogFor(detailMessages, 'en'), 'en');
const ru = createTranslator(catalogFor(detailMessages, 'ru'), 'ru');

describe('reasonText', () => {
  it('says why in English: the sample, the limit, or the conditions', () => {
    expect(reasonText({ kind: 'sample', block: 0, from: 0, to: 50 }, 1, en)).toBe(
      'It matches all conditions but falls outside the 0–50% sample.',
    );
    expect(reasonText({ kind: 'limit', block: 0, limit: 1500 }, 1, en)).toBe(
      'It matches all conditions but is past the member limit of 1,500.',
    );
    expect(reasonText({ kind: 'conditions' }, 1, en)).toBe('It does not pass the conditions: see which below.');
  });

  it('names the block, counted from 1, only when there are several', () => {
    expect(reasonText({ kind: 'sample', block: 1, from: 10, to: 20 }, 2, en)).toBe(
      'It matches all conditions of block 2 but falls outside its 10–20% sample.',
    );
    expect(reasonText({ kind: 'limit', block: 0, limit: 500 }, 3, en)).toBe(
      'It matches all conditions of block 1 but is past its member limit of 500.',
    );
  });

  it('says why in Russian, with the plural the limit needs', () => {
    expect(reasonText({ kind: 'sample', block: 0, from: 0, to: 50 }, 1, ru)).toBe(
      'Он подходит под все условия, но не попадает в выборку 0–50%.',
    );
    expect(reasonText({ kind: 'limit', block: 0, limit: 21 }, 1, ru)).toBe(
      'Он подходит под все условия, но не вошёл в лимит: в сегменте не больше 21 участника.',
    );
    expect(reasonText({ kind: 'limit', block: 0, limit: 500 }, 1, ru)).toBe(
      'Он подходит под все условия, но не вошёл в лимит: в сегменте не больше 500 участников.',
    );
  });
});

describe('CheckProfilePanel', () => {
  const segment: Segment & { id: number } = {
    id: 9,
    name: 'Pilot',
    tags: [],
    kind: 'dynamic',
    refreshDaily: false,
    databaseId: 1,
    blocks: [
      {
        databaseId: 1,
        sample: { from: 0, to: 100 },
        limit: 100,
        root: { type: 'group', id: 'root', combinator: 'and', children: [] },
      },
    ],
  };

  it('puts the reason under the verdict, in the same status message', async () => {
    const user = userEvent.setup();
    const answer: ProfileCheck = {
      profileId: 'p-7',
      inSegment: false,
      reason: { kind: 'limit', block: 0, limit: 100 },
      explain: [{ path: '0', nodeId: 'root', matched: true, text: 'All of' }],
    };
    const provider = fakeProvider({ checkProfile: true }, { checkProfile: () => Promise.resolve(answer) });
    renderRoute(
      [{ path: '/', element: <CheckProfilePanel provider={provider} segment={segment} catalog={[]} /> }],
      '/',
    );
    const panel = screen.getByRole('region', { name: 'Check a profile' });
    await user.type(within(panel).getByRole('textbox', { name: 'Profile ID or email' }), 'p-7');
    await user.click(within(panel).getByRole('button', { name: 'Check' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'p-7 is not in this segment.It matches all conditions but is past the member limit of 100.',
    );
  });
});
