import type { Segment } from '@/domain/model';
import { copyOf } from './segmentCopy';

it('copies the audience and origin, not the identity, size or dates', () => {
  const original: Segment = {
    id: 7,
    name: 'VIP',
    tags: ['loyalty'],
    kind: 'updatable',
    refreshDaily: true,
    databaseId: 2,
    blocks: [],
    count: 120,
    updatedAt: '2024-05-01T00:00:00Z',
    origin: { vendor: 'altcraft', data: { nodes: {} } },
  };
  expect(copyOf(original, 'VIP (copy)')).toEqual({
    name: 'VIP (copy)',
    tags: ['loyalty'],
    kind: 'updatable',
    refreshDaily: true,
    databaseId: 2,
    blocks: [],
    origin: { vendor: 'altcraft', data: { nodes: {} } },
  });
});
