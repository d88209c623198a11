import { Suspense } from 'react';
import {
  AppShell,
  Burger,
  Center,
  Group,
  Loader,
  NavLink,
  ScrollArea,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { NavLink as RouterLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { navFor } from './routes';
import { ErrorBoundary } from './ErrorBoundary';
import { isFederation } from '../../shared/ledgers/union';
import { useProfile } from '../union';
import { ExtraRoutes } from './extraRoutes';
import { MenuCommands } from './useMenuCommands';
import { useGlobalSaveShortcut } from './saveShortcut';

/** Header with the union's name, the sidebar, and the current screen. */
export function Shell() {
  const [opened, { toggle }] = useDisclosure();
  const profile = useProfile();
  const navigate = useNavigate();
  const location = useLocation();
  const nav = navFor(isFederation(profile));
  useGlobalSaveShortcut();
  // Alt+digit types nothing, so the shortcuts work from inside a field too (no tags ignored).
  useHotkeys(
    nav.filter((n) => n.hotkey).map((n) => [`alt+${n.hotkey}`, () => void navigate(n.path)]),
    [String(nav.length)],
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label="显示或隐藏导航"
          />
          <IconBuildingCommunity size={26} color="var(--mantine-color-red-7)" />
          <Title
            order={4}
            data-testid="header-union-name"
            style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {profile?.unionName || '工会台账'}
          </Title>
          {profile && (
            <Text c="dimmed" size="sm" visibleFrom="md">
              第{profile.termNumber}届 · {profile.unitName}
            </Text>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="主导航">
        <ScrollArea>
          {nav.map((n) => (
            <NavLink
              key={n.path}
              component={RouterLink}
              to={n.path}
              label={n.label}
              description={n.hotkey ? `Alt+${n.hotkey}` : undefined}
              leftSection={<n.icon size={20} stroke={1.6} />}
              active={
                n.path === '/' ? location.pathname === '/' : location.pathname.startsWith(n.path)
              }
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorBoundary key={location.pathname}>
          {/* Every page is a lazy chunk: a spinner for the few ms its first load takes. */}
          <Suspense
            fallback={
              <Center h={200}>
                <Loader aria-label="正在打开页面" />
              </Center>
            }
          >
            <Routes>
              {nav.map((n) => (
                <Route
                  key={n.path}
                  path={n.path === '/' ? '/' : `${n.path}/*`}
                  element={<n.element />}
                />
              ))}
              {ExtraRoutes()}
            </Routes>
          </Suspense>
        </ErrorBoundary>
        <MenuCommands />
      </AppShell.Main>
    </AppShell>
  );
}
