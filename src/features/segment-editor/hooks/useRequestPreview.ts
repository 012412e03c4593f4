import { useEffect, useState } from 'react';
import type { SegmentsProvider } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { previewOf, type RequestPreview } from '../requestPreview';

/** Skips the keystrokes of a word; the preview is cheap, so this can be short. */
export const PREVIEW_DEBOUNCE_MS = 150;

export type PreviewState =
  /** `previous` is the last preview shown, kept on screen (out of date) to avoid a flicker. */
  | { state: 'loading'; previous?: RequestPreview }
  | { state: 'ready'; preview: RequestPreview }
  /** `error`: why, kept as it came and worded when shown (apiErrorText), so a language switch re-words it. */
  | { state: 'failed'; error: unknown }
  /** The provider cannot say what it would send. */
  | { state: 'unavailable' };

type Answer = { state: 'ready'; preview: RequestPreview } | { state: 'failed'; error: unknown };

/**
 * The request a save of `segment` would send, asked of the provider itself. Mount it only while the
 * preview is shown: each change restarts a short debounce, and the request for an older segment is
 * aborted and its answer dropped, so a late answer can never replace a newer one.
 */
export function useRequestPreview(provider: SegmentsProvider, segment: Segment): PreviewState {
  const available = provider.writeRequest !== undefined;
  const [answer, setAnswer] = useState<{ segment: Segment; answer: Answer } | null>(null);

  useEffect(() => {
    if (!available) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      provider.writeRequest!(segment, controller.signal).then(
        (request) => {
          if (!controller.signal.aborted)
            setAnswer({ segment, answer: { state: 'ready', preview: previewOf(request) } });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setAnswer({ segment, answer: { state: 'failed', error } });
        },
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [available, provider, segment]);

  if (!available) return { state: 'unavailable' };
  if (answer?.segment === segment) return answer.answer;
  return answer?.answer.state === 'ready'
    ? { state: 'loading', previous: answer.answer.preview }
    : { state: 'loading' };
}
