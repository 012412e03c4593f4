import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from './i18n';
import { sharedMessages } from './sharedMessages';

interface State {
  error: Error | null;
}

/**
 * A crash inside one card stays in that card: the rest of the page and the navigation keep
 * working, and the card can be tried again. The route's boundary (app/routes.tsx) is the next line.
 */
export class CardBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A card failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <CardFailed onRetry={() => this.setState({ error: null })} />;
  }
}

function CardFailed({ onRetry }: { onRetry: () => void }) {
  const t = useMessages(sharedMessages);
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('retry')}
        </Button>
      }
    >
      {t('card.failed')}
    </Alert>
  );
}
