import type { ReactNode } from 'react';
import { AppShell, Group, ScrollArea, Text, Title } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/roles/permissions';
import { NavLinkLink } from '../routing/links';
import { navItems } from './navigation';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  permissions: readonly Permission[];
  /** The session's part of the header: who is logged in, lock, change password, log out. */
  header?: ReactNode;
  children: ReactNode;
}

/** The frame every working screen sits in: header, navigation by permission, content. */
export function AppFrame({ permissions, header, children }: Props) {
  const { t } = useTranslation();
  const path = useRouterState({ select: (state) => state.location.pathname });
  const visible = navItems.filter((item) => !item.permission || permissions.includes(item.permission));
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 208, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={4}>{t('app.name')}</Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
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
          {visible.map((item) => {
            const active = path === item.to || path.startsWith(`${item.to}/`);
            // Within its own screen the link keeps that screen's filters (from a card back to the same list).
            return <NavLinkLink key={item.to} to={item.to} search={active ? true : {}} label={t(item.labelKey)} active={active} aria-current={active ? 'page' : undefined} />;
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
