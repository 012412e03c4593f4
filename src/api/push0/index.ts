// PLACEHOLDER written by the lead so the registry resolves while the Push0 adapter is being
// written. The adapter's author replaces this whole file.
import type { Capabilities } from '@/domain/model';
import type { SegmentsProvider } from '../provider';

export const push0Capabilities = {} as Capabilities;
export function createPush0Provider(_options: unknown): SegmentsProvider {
  throw new Error('The Push0 adapter is not written yet.');
}
