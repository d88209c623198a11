import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { NoticeRegister } from './NoticeRegister';
import { TemplateList } from './TemplateList';
import { WriteNoticeButton } from './WriteNoticeButton';

/** 通知公示: the document register of a year, and the templates. */
export function NoticeListPage() {
  const [query, setQuery] = useSearchParams();
  const tab = query.get('tab') === 'templates' ? 'templates' : 'register';
  return (
    <Stack data-testid="notices-page">
      <Group justify="space-between">
        <Title order={2}>通知公示</Title>
        <WriteNoticeButton />
      </Group>
      <Tabs
        value={tab}
        onChange={(v) => setQuery(v === 'templates' ? { tab: 'templates' } : {}, { replace: true })}
      >
        <Tabs.List mb="sm">
          <Tabs.Tab value="register">发文登记</Tabs.Tab>
          <Tabs.Tab value="templates" data-testid="templates-tab">
            模板
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register">
          <NoticeRegister />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplateList />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
