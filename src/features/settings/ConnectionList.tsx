/**
 * Every connection, one row each: its name, backend and host, whether it is the active one, where
 * its secret is kept, and its actions. Built-in demo connections can be used, never edited or removed.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { hasStoredSecret, type Connection } from '@/api/connections';
import { VENDORS } from '@/api/vendors/registry';
import { useMessages } from '@/ui/i18n';
import { targetOf } from './connectionForm';
import { settingsMessages, type SettingsMessageKey } from './messages';

interface ConnectionListProps {
  connections: readonly Connection[];
  activeId: string | null;
  /** Labels the list: the id of the section's heading. */
  labelledBy: string;
  onUse: (connection: Connection) => void;
  onEdit: (connection: Connection) => void;
  onRemove: (connection: Connection) => void;
  onSignOut: (connection: Connection) => void;
}

function secretStatus(connection: Connection): SettingsMessageKey {
  if (connection.builtIn) return 'row.secret.builtIn';
  if (!hasStoredSecret(connection.id)) return 'row.secret.none';
  return connection.remember ? 'row.secret.device' : 'row.secret.session';
}

export function ConnectionList({
  connections,
  activeId,
  labelledBy,
  onUse,
  onEdit,
  onRemove,
  onSignOut,
}: ConnectionListProps) {
  const t = useMessages(settingsMessages);
  if (connections.length === 0) return <Typography color="textSecondary">{t('row.empty')}</Typography>;
  return (
    <List aria-labelledby={labelledBy} disablePadding>
      {connections.map((connection) => (
        <ConnectionRow
          key={connection.id}
          connection={connection}
          active={connection.id === activeId}
          onUse={onUse}
          onEdit={onEdit}
          onRemove={onRemove}
          onSignOut={onSignOut}
        />
      ))}
    </List>
  );
}

interface ConnectionRowProps {
  connection: Connection;
  active: boolean;
  onUse: (connection: Connection) => void;
  onEdit: (connection: Connection) => void;
  onRemove: (connection: Connection) => void;
  onSignOut: (connection: Connection) => void;
}

function ConnectionRow({ connection, active, onUse, onEdit, onRemove, onSignOut }: ConnectionRowProps) {
  const t = useMessages(settingsMessages);
  const nameId = useId();
  const editable = !connection.builtIn;
  return (
    <ListItem
      divider
      aria-labelledby={nameId}
      aria-current={active ? 'true' : undefined}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, px: 0, py: 1.5 }}
    >
      <Box sx={{ flex: '1 1 16rem', minWidth: 0 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          <Typography id={nameId} component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {connection.name}
          </Typography>
          {active ? <Chip size="small" color="primary" label={t('row.active')} /> : null}
          {connection.builtIn ? <Chip size="small" variant="outlined" label={t('row.builtIn')} /> : null}
        </Box>
        <Typography variant="body2" color="textSecondary" sx={{ overflowWrap: 'anywhere' }}>
          {t('row.vendorHost', { vendor: VENDORS[connection.vendor].label, host: targetOf(connection.baseUrl) })}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t(secretStatus(connection))}
        </Typography>
      </Box>
      {/* Each button is named by its action and described by its row's connection name. */}
      <Box sx={{ display: 'flex', gap: 1 }}>
        {active ? null : (
          <Button size="small" variant="outlined" aria-describedby={nameId} onClick={() => onUse(connection)}>
            {t('row.use')}
          </Button>
        )}
        {editable ? (
          <>
            <Button size="small" aria-describedby={nameId} onClick={() => onEdit(connection)}>
              {t('row.edit')}
            </Button>
            {hasStoredSecret(connection.id) ? (
              <Button size="small" aria-describedby={nameId} onClick={() => onSignOut(connection)}>
                {t('row.signOut')}
              </Button>
            ) : null}
            <Button size="small" color="error" aria-describedby={nameId} onClick={() => onRemove(connection)}>
              {t('row.remove')}
            </Button>
          </>
        ) : null}
      </Box>
    </ListItem>
  );
}
