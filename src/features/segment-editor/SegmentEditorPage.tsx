import { PageHeader } from '@/ui/PageHeader';

export default function SegmentEditorPage() {
  return <PageHeader title="Segment editor" />;
}
