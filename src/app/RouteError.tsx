import { useRouteError } from 'react-router';
import { ErrorScreen } from './ErrorScreen';

/** Errors thrown while loading or rendering a route land here instead of React Router's dev page. */
export function RouteError() {
  const error = useRouteError();
  console.error('Route error', error);
  return <ErrorScreen error={error} />;
}
