import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ApiError } from '@/api/errors';
import { I18nProvider } from '@/ui/i18n';
import { describeSaveFailure } from '../saveFailure';
import { SaveFeedback, type SaveNotice } from './SaveFeedback';

function renderIn(locale: string, notice: SaveNotice) {
  return (
    <MemoryRouter>
      <I18nProvider locale={locale}>
        <SaveFeedback notice={notice} onClose={() => {}} />
      </I18nProvider>
    </MemoryRouter>
  );
}

describe('SaveFeedback', () => {
  it('words the kept error when shown, so a switch of language re-words the notice on screen', () => {
    const failure = describeSaveFailure(new ApiError({ code: 409, status: 200 }));
    const notice: SaveNotice = { kind: 'failure', failure, draftKept: true };
    const { rerender } = render(renderIn('en', notice));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The segment was not saved: Another record with the same unique attributes already exists',
    );
    rerender(renderIn('ru', notice));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Сегмент не сохранён: Уже есть запись с такими же уникальными атрибутами',
    );
  });

  it('shows the server’s words apart only when the worded error does not already say them', () => {
    const apart = describeSaveFailure(new ApiError({ code: 409, status: 200, serverText: 'name taken' }));
    const { rerender } = render(renderIn('ru', { kind: 'failure', failure: apart, draftKept: true }));
    expect(screen.getByText('Ответ сервера: «name taken»')).toBeInTheDocument();
    const inside = describeSaveFailure(
      new ApiError({ code: 400, status: 400, serverText: 'bad list_id', params: { detail: 'bad list_id' } }),
    );
    rerender(renderIn('ru', { kind: 'failure', failure: inside, draftKept: true }));
    expect(screen.getByRole('alert')).toHaveTextContent('Сервер отклонил запрос как некорректный. bad list_id');
    expect(screen.queryByText(/Ответ сервера/)).not.toBeInTheDocument();
  });
});
