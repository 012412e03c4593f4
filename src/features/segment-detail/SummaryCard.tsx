import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { describeSegment } from '@/domain/describe';
import type { FieldCatalog, Segment } from '@/domain/model';
import { useDomainLocale, useMessages } from '@/ui/i18n';
import { detailMessages } from './messages';
import { Section } from './Section';

/** The segment in one plain sentence, worded by the domain from the field catalog's labels. */
export function SummaryCard({
  segment,
  catalog,
  databaseName,
}: {
  segment: Segment;
  catalog: FieldCatalog | undefined;
  databaseName: string | undefined;
}) {
  const t = useMessages(detailMessages);
  const locale = useDomainLocale();
  return (
    <Section title={t('summary.title')}>
      {catalog ? (
        <Typography sx={{ lineHeight: 1.7 }}>
          {describeSegment(segment, { catalog, locale, ...(databaseName ? { databaseName } : {}) })}
        </Typography>
      ) : (
        <>
          <Skeleton width="90%" />
          <Skeleton width="60%" />
        </>
      )}
    </Section>
  );
}
