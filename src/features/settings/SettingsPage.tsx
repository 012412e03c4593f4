/**
 * Settings: the user's connections (use, edit, remove, add), the connection form, and the demo
 * data's reset. Which connection the form edits lives here, so the list and the form agree.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import {
  getActiveConnection,
  removeConnection,
  setActiveConnection,
  signOut,
  useActiveConnection,
  useConnections,
  type Connection,
} from '@/api/connections';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { AddIcon } from '@/ui/icons';
import { useMessages } from '@/ui/i18n';
import { ConnectionEditor } from './ConnectionEditor';
import { ConnectionList } from './ConnectionList';
import { LanguageSettings } from './LanguageSettings';
import { settingsMessages } from './messages';
import { removeCachedQueries } from './removeCachedQueries';
import { ResetDemoData } from './ResetDemoData';
import { StatusAlert } from './StatusAlert';

interface FormTarget {
  /** Bumped by "Add connection" and "Edit": a fresh form, focused. Saving keeps it. */
  nonce: number;
  /** The edited connection; null adds one. */
  editId: string | null;
}

/** Settings opens on the active connection when it is the user's own, so a wrong token is one step from fixed. */
function initialTarget(): FormTarget {
  const active = getActiveConnection();
  return { nonce: 0, editId: active && !active.builtIn ? active.id : null };
}

export default function SettingsPage() {
  const t = useMessages(settingsMessages);
  const queryClient = useQueryClient();
  const connections = useConnections();
  const active = useActiveConnection();
  const headingId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const [target, setTarget] = useState<FormTarget>(initialTarget);
  // What happened, worded at render so a switch of language re-words it.
  const [notice, setNotice] = useState<{ key: 'used' | 'removed' | 'signedOut'; name: string } | null>(null);
  // Kept while the dialog closes, so its text does not blank out during the transition.
  const [removal, setRemoval] = useState<{ connection: Connection; open: boolean } | null>(null);
  const focusAddNext = useRef(false);

  // After a removal, once the dialog has closed (and restored focus to a button that is gone),
  // focus goes on from the list's own action.
  useEffect(() => {
    if (!focusAddNext.current || removal?.open) return;
    focusAddNext.current = false;
    addRef.current?.focus();
  }, [removal]);

  const edited = target.editId === null ? null : (connections.find((c) => c.id === target.editId) ?? null);

  function use(connection: Connection) {
    setActiveConnection(connection.id);
    removeCachedQueries(queryClient, connection.id);
    setNotice({ key: 'used', name: connection.name });
  }

  function leave(connection: Connection) {
    signOut(connection.id);
    removeCachedQueries(queryClient, connection.id);
    setNotice({ key: 'signedOut', name: connection.name });
  }

  function remove(connection: Connection) {
    setRemoval({ connection, open: false });
    focusAddNext.current = true;
    removeConnection(connection.id);
    removeCachedQueries(queryClient, connection.id);
    setNotice({ key: 'removed', name: connection.name });
    if (target.editId === connection.id) setTarget((current) => ({ nonce: current.nonce + 1, editId: null }));
  }

  return (
    <Box sx={{ maxWidth: 880, display: 'grid', gap: 3 }}>
      <Box>
        <Typography variant="h1" gutterBottom>
          {t('title')}
        </Typography>
        <Typography color="textSecondary">{t('subtitle')}</Typography>
      </Box>

      <Card component="section" aria-labelledby={headingId}>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Box
            sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}
          >
            <Typography id={headingId} variant="h2">
              {t('connectionsHeading')}
            </Typography>
            <Button
              ref={addRef}
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setTarget((current) => ({ nonce: current.nonce + 1, editId: null }))}
            >
              {t('add')}
            </Button>
          </Box>
          <Typography color="textSecondary">{t('connectionsIntro')}</Typography>
          {notice ? (
            <StatusAlert severity="success" onClose={() => setNotice(null)}>
              {t(notice.key, { name: notice.name })}
            </StatusAlert>
          ) : null}
          <ConnectionList
            connections={connections}
            activeId={active?.id ?? null}
            labelledBy={headingId}
            onUse={use}
            onEdit={(connection) => setTarget((current) => ({ nonce: current.nonce + 1, editId: connection.id }))}
            onRemove={(connection) => setRemoval({ connection, open: true })}
            onSignOut={leave}
          />
        </CardContent>
      </Card>

      <ConnectionEditor
        key={target.nonce}
        connection={edited}
        autoFocus={target.nonce > 0}
        onSaved={(saved) => setTarget((current) => ({ ...current, editId: saved.id }))}
        onCancel={() => setTarget((current) => ({ nonce: current.nonce + 1, editId: null }))}
      />

      <LanguageSettings />

      <ResetDemoData />

      <ConfirmDialog
        open={removal?.open ?? false}
        title={t('removeTitle')}
        body={t('removeBody', { name: removal?.connection.name ?? '' })}
        confirmLabel={t('removeConfirm')}
        cancelLabel={t('cancel')}
        destructive
        onConfirm={() => {
          if (removal) remove(removal.connection);
        }}
        onCancel={() => setRemoval((current) => current && { ...current, open: false })}
      />
    </Box>
  );
}
