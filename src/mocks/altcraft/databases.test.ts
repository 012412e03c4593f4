import { wireDatabaseListItemSchema, wireDatabaseSchema, wireFieldsSchema } from '@/api/altcraft/wire';
import { call } from '../testing/call';

describe('databases/list/', () => {
  it('lists the three demo databases with Altcraft paging', async () => {
    const { body } = await call<unknown[]>('databases/list/', {});
    expect(body.data.map((item) => wireDatabaseListItemSchema.parse(item).name)).toEqual([
      'Customers',
      'Newsletter',
      'Mobile app',
    ]);
    expect(body).toMatchObject({ total_count: 3, next_from_id: 0 });
    const firstPage = await call<unknown[]>('databases/list/', { from_id: 1, limit: 2 });
    expect(firstPage.body).toMatchObject({ next_from_id: 3, total_count: 3 });
    expect(firstPage.body.data).toHaveLength(2);
  });
});

describe('databases/get/', () => {
  it('answers one database, or 404', async () => {
    const { body } = await call('databases/get/', { id: 2 });
    expect(wireDatabaseSchema.parse(body.data)).toMatchObject({ id: 2, name: 'Newsletter', suppress_id: 1 });
    expect((await call('databases/get/', { id: 42 })).body.error).toBe(404);
    expect((await call('databases/get/', { id: 'two' })).body.error).toBe(450);
  });
});

describe('databases/fields_get/', () => {
  it('answers field descriptors in the wire shape', async () => {
    const { body } = await call('databases/fields_get/', { id: 1 });
    const fields = wireFieldsSchema.parse(body.data);
    expect(fields.find((f) => f.name === '_sex')).toMatchObject({ type: 'enum', category: 'system', required: false });
    expect(fields.find((f) => f.name === 'loyalty_tier')?.dictionary).toHaveLength(4);
    const mobile = wireFieldsSchema.parse((await call('databases/fields_get/', { id: 3 })).body.data);
    expect(mobile.map((f) => f.name)).not.toContain('orders_count');
  });

  it('accepts the other spellings of the database parameter, and refuses none or an unknown one', async () => {
    expect((await call('databases/fields_get/', { db_id: 2 })).body.error).toBe(0);
    expect((await call('databases/fields_get/', { list_id: 3 })).body.error).toBe(0);
    expect((await call('databases/fields_get/', {})).body.error).toBe(450);
    expect((await call('databases/fields_get/', { id: 9 })).body.error).toBe(404);
  });
});
