import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { publishRetryNotice } from '@/api/retryNotices';
import { RetryNotice } from './RetryNotice';

describe('RetryNotice', () => {
  it('says a read is being retried, and how soon', () => {
    render(<RetryNotice />);
    expect(screen.queryByText(/retrying/)).not.toBeInTheDocument();
    act(() =>
      publishRetryNotice({
        error: new ApiError({ code: 429, params: { retrying: true, seconds: 2 } }),
        attempt: 1,
        delayMs: 2_000,
      }),
    );
    expect(screen.getByText('Too many requests: retrying in 2 s.')).toBeInTheDocument();
  });
});
