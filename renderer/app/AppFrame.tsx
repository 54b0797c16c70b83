import type { ReactNode } from 'react';
import { AppShell, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/roles/permissions';
import { navItems } from './navigation';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  route: string;
  onNavigate: (route: string) => void;
  permissions: readonly Permission[];
  /** The session's part of the header: who is logged in, lock, change password, log out. */
  header?: ReactNode;
  children: ReactNode;
}

/** The frame every working screen sits in: header, navigation by permission, content. */
export function AppFrame({ route, onNavigate, permissions, header, children }: Props) {
  const { t } = useTranslation();
  const visible = navItems.filter((item) => !item.permission || permissions.includes(item.permission));
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 208, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={4}>{t('app.name')}</Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.fullName')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {header}
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app.navigation')}>
        <ScrollArea>
          {visible.map((item) => (
            <NavLink
              key={item.route}
              href={`#/${item.route}`}
              label={t(item.labelKey)}
              active={route === item.route}
              aria-current={route === item.route ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onNavigate(item.route);
              }}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
