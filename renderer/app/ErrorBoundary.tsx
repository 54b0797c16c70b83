import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { withTranslation, type WithTranslation } from 'react-i18next';

interface Props extends WithTranslation {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/** Keeps one broken screen from blanking the whole app; nothing is submitted on the way down. */
class ErrorBoundaryInner extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only the component stack: error messages may quote customer data.
    console.error('[kedang] render error in', info.componentStack?.split('\n')[1]?.trim() ?? 'unknown', error.name);
  }

  override render(): ReactNode {
    const { t } = this.props;
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" title={t('errorBoundary.title')} role="alert" m="md">
        <Stack gap="sm">
          <Text size="sm">{t('errorBoundary.body')}</Text>
          <Group>
            <Button size="xs" variant="light" onClick={() => this.setState({ failed: false })}>
              {t('errorBoundary.retry')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => window.location.reload()}>
              {t('errorBoundary.reload')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryInner);
