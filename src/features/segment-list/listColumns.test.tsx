import { altcraftCapabilities, summaryFromWire as altcraftSummary } from '@/api/altcraft';
import altcraftList from '@/api/altcraft/fixtures/list.response.json';
import { daSegmentListSchema, digitalAudienceCapabilities, summaryFromWire as daSummary } from '@/api/digitalAudience';
import daList from '@/api/digitalAudience/fixtures/audience-segments.response.json';
import { push0Capabilities, push0ListSchema, summaryFromWire as push0Summary } from '@/api/push0';
import type { Capabilities } from '@/domain/model';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import {
  columnsFor,
  factsOf,
  LIST_COLUMNS,
  NO_FACTS,
  sortableColumns,
  type CellContext,
  type ListFacts,
} from './listColumns';
import { listMessages } from './messages';

const headers = (capabilities: Capabilities, facts: ListFacts) =>
  columnsFor(capabilities, facts).map((column) => listMessages.en[column.header]);

// Each vendor's rows as its own adapter reads them: the facts the page derives its columns from.
const altcraftRows = altcraftList.data.map(altcraftSummary);
const daRows = daSegmentListSchema.parse(daList.data).map(daSummary);
const push0Rows = push0ListSchema
  .parse([
    { id: 'sg_1', name: 'iOS in Germany', constraints: [], createdAt: 1_763_000_000_000, updatedAt: null },
    { id: 'sg_2', name: 'Lapsed', constraints: [], createdAt: 1_763_100_000_000, updatedAt: 1_763_200_000_000 },
  ])
  .map(push0Summary);

describe('list columns per backend', () => {
  it('Altcraft: name, type, database, tags and size (its list reports tags, not dates)', () => {
    const facts = factsOf(altcraftRows);
    expect(facts).toEqual({ tags: true, created: false, updated: false });
    expect(headers(altcraftCapabilities(false), facts)).toEqual([
      'Name',
      'Type',
      'Database',
      'Tags',
      'Size',
      'Actions',
    ]);
    // Rows that do report their last update get the column.
    expect(headers(altcraftCapabilities(true), { ...facts, updated: true })).toEqual([
      'Name',
      'Type',
      'Database',
      'Tags',
      'Size',
      'Updated',
      'Actions',
    ]);
  });

  it('Push0: name and dates only (one kind, no database, size or tags)', () => {
    expect(headers(push0Capabilities, factsOf(push0Rows))).toEqual(['Name', 'Created', 'Updated', 'Actions']);
  });

  it('Digital Audience: name, status, end date and last update', () => {
    const facts = factsOf(daRows);
    expect(facts).toEqual({ tags: false, created: true, updated: true });
    expect(headers(digitalAudienceCapabilities, facts)).toEqual(['Name', 'Status', 'End date', 'Updated', 'Actions']);
  });

  it('shows tags where the backend saves them even before a row has any', () => {
    expect(headers({ ...push0Capabilities, tags: true }, NO_FACTS)).toEqual(['Name', 'Tags', 'Actions']);
  });

  it('sorts only by columns that are shown', () => {
    expect(sortableColumns(columnsFor(altcraftCapabilities(false), factsOf(altcraftRows)))).toEqual(['name', 'size']);
    expect(sortableColumns(columnsFor(push0Capabilities, factsOf(push0Rows)))).toEqual(['name', 'created', 'updated']);
    expect(sortableColumns(columnsFor(digitalAudienceCapabilities, factsOf(daRows)))).toEqual([
      'name',
      'endDate',
      'updated',
    ]);
  });

  it('defines each column once, with a header in the catalog and a distinct key', () => {
    const keys = LIST_COLUMNS.map((column) => column.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const column of LIST_COLUMNS) expect(listMessages.en[column.header]).toBeTruthy();
    // Name and actions frame every list, whatever the backend.
    for (const capabilities of [altcraftCapabilities(false), push0Capabilities, digitalAudienceCapabilities]) {
      const columns = columnsFor(capabilities, NO_FACTS);
      expect(columns[0]!.key).toBe('name');
      expect(columns.at(-1)!.key).toBe('actions');
    }
  });
});

describe('the name cell', () => {
  it('shows markup in a name as text, isolates right-to-left names, and keeps a long name whole on hover', () => {
    const nameColumn = LIST_COLUMNS.find((column) => column.key === 'name')!;
    const names = ['<img src=x onerror=alert(1)>', 'שלום לקוחות VIP', 'x'.repeat(1000)];
    render(
      <MemoryRouter>
        {names.map((name, index) => (
          <div key={name}>{nameColumn.cell({ id: index, name, tags: [] }, {} as CellContext)}</div>
        ))}
      </MemoryRouter>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(names);
    expect(document.querySelector('img')).toBeNull();
    for (const link of links) expect(link).toHaveAttribute('dir', 'auto');
    expect(links[2]).toHaveAttribute('title', names[2]);
  });
});
