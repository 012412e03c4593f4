import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { useProvider } from '@/api/activeConnection';
import { PageHeader } from '@/ui/PageHeader';

export default function SegmentDetailPage() {
  const { id = '' } = useParams();
  const { connection, provider } = useProvider();
  const query = useQuery({
    queryKey: ['segments', connection.id, 'detail', id],
    queryFn: ({ signal }) => provider.get(id, signal),
  });
  if (query.isPending) return <Skeleton variant="rounded" height={240} />;
  if (query.isError) return <Alert severity="error">{query.error.message}</Alert>;
  return (
    <>
      <PageHeader
        title={query.data.name}
        actions={
          <Button variant="contained" component={RouterLink} to={`/segments/${id}/edit`}>
            Edit
          </Button>
        }
      />
      <Paper variant="outlined" sx={{ p: 2, overflow: 'auto' }}>
        <pre>{JSON.stringify(query.data, null, 2)}</pre>
      </Paper>
    </>
  );
}
