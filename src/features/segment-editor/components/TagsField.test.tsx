import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { TagsField } from './TagsField';

// Each test file has its own module registry: the combobox has not arrived when a test starts
// here, only after its first `await`. The stand-in is what a slow network shows for longer.
function Harness({ initial = [] as string[], onChange = vi.fn<(tags: string[]) => void>() }) {
  const [tags, setTags] = useState(initial);
  return (
    <TagsField
      id="tags"
      value={tags}
      onChange={(next) => {
        onChange(next);
        setTags(next);
      }}
    />
  );
}

describe('TagsField', () => {
  it('carries what was typed into the stand-in, with the focus, into the combobox', async () => {
    render(<Harness initial={['vip']} />);
    const standIn = screen.getByRole('combobox', { name: 'Tags' });
    expect(standIn).toHaveAttribute('id', 'tags');
    expect(screen.queryByText('vip')).not.toBeInTheDocument();
    standIn.focus();
    fireEvent.change(standIn, { target: { value: 'spr' } });

    // The chips show once the combobox has replaced the stand-in.
    expect(await screen.findByText('vip')).toBeInTheDocument();
    const combobox = screen.getByRole('combobox', { name: 'Tags' });
    expect(combobox).not.toBe(standIn);
    expect(combobox).toHaveValue('spr');
    expect(combobox).toHaveFocus();
    expect(combobox).toHaveAttribute('id', 'tags');
  });

  it('adds a tag on Enter in the stand-in', async () => {
    const onChange = vi.fn<(tags: string[]) => void>();
    render(<Harness initial={['vip']} onChange={onChange} />);
    const standIn = screen.getByRole('combobox', { name: 'Tags' });
    fireEvent.change(standIn, { target: { value: 'spring ' } });
    fireEvent.keyDown(standIn, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(['vip', 'spring']);
    expect(standIn).toHaveValue('');
    expect(await screen.findByText('spring')).toBeInTheDocument();
  });
});
