import { defineMessages } from '@/ui/i18n';

export const listMessages = defineMessages({
  en: {
    title: 'Segments',
    subtitle: 'Audiences built from your databases.',
    'total#one': '{count} segment',
    'total#other': '{count} segments',
    total: '{count} segments',
    newSegment: 'New segment',
    search: 'Search segments',
    'column.name': 'Name',
    'column.type': 'Type',
    'column.database': 'Database',
    'column.tags': 'Tags',
    'column.size': 'Size',
    'column.updated': 'Last updated',
    'kind.static': 'Static',
    'kind.dynamic': 'Dynamic',
    'kind.updatable': 'Updatable',
    loadMore: 'Load more',
    loading: 'Loading segments…',
    empty: 'No segments yet. Create the first one to start targeting an audience.',
    emptySearch: 'No segments match “{search}”.',
    error: 'Segments could not be loaded: {reason}',
    retry: 'Retry',
    tableLabel: 'Segments',
  },
});
