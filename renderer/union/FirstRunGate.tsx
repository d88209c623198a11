import { lazy, Suspense, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useProfile } from './useProfile';

const FirstRunWizard = lazy(() => import('./FirstRunWizard'));

/** Shows the first-run wizard until the union profile exists, then the app. */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const profile = useProfile();
  if (profile === undefined) return <Opening />;
  if (profile === null)
    return (
      <Suspense fallback={<Opening />}>
        <FirstRunWizard />
      </Suspense>
    );
  return <>{children}</>;
}

function Opening() {
  return (
    <Center h="100vh">
      <Loader aria-label="正在打开数据" />
    </Center>
  );
}
