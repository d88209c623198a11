import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { HashRouter } from 'react-router';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Platform } from '../../shared/platform';
import type { UnionDeskDb } from '../../shared/db';
import { AppServicesProvider } from './AppContext';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { FirstRunGate } from '../union';
import { theme } from './theme';
import { DeferredAutoBackup } from './DeferredAutoBackup';

dayjs.locale('zh-cn');

export function App({ platform, db }: { platform: Platform; db: UnionDeskDb }) {
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
        <ModalsProvider labels={{ confirm: '确定', cancel: '取消' }}>
          <Notifications position="bottom-right" />
          <AppServicesProvider value={{ platform, db }}>
            <ErrorBoundary>
              <HashRouter>
                <FirstRunGate>
                  <DeferredAutoBackup />
                  <Shell />
                </FirstRunGate>
              </HashRouter>
            </ErrorBoundary>
          </AppServicesProvider>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
