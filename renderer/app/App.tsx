import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/kedang';
import { FirstRunScreen } from '../features/setup/FirstRunScreen';
import { HomePage, NotYetPage } from '../features/home/HomePage';
import { AppFrame } from './AppFrame';
import { ErrorBoundary } from './ErrorBoundary';
import { navItems } from './navigation';
import { useHashRoute } from './useHashRoute';

export const statusQueryKey = ['app.status'] as const;

export function App() {
  const status = useQuery({ queryKey: statusQueryKey, queryFn: () => call('app.status', {}) });
  const [route, navigate] = useHashRoute('home');

  if (!status.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="loading" />
      </Center>
    );
  }
  if (status.data.phase === 'setup') return <FirstRunScreen />;

  const item = navItems.find((candidate) => candidate.route === route);
  return (
    <AppFrame route={route} onNavigate={navigate} permissions={status.data.user?.permissions ?? []}>
      <ErrorBoundary key={route}>{route === 'home' || !item ? <HomePage /> : <NotYetPage titleKey={item.labelKey} />}</ErrorBoundary>
    </AppFrame>
  );
}
