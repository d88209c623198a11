import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useNavigate } from 'react-router';
import { copyNoticeTemplate, deleteNoticeTemplate } from '../../shared/ledgers/notices';
import { useDb } from '../app/AppContext';
import { showError, showUndo } from '../app/showUndo';
import { action } from '../app/notify';
import { useNoticeTemplates } from './useNotices';

/** 模板: the built-in templates and the chair's own, with edit / copy / write / delete. */
export function TemplateList() {
  const db = useDb();
  const navigate = useNavigate();
  const templates = useNoticeTemplates();

  const copy = async (id: string) => {
    try {
      const t = await copyNoticeTemplate(db, id);
      await navigate(`/notices/templates/${t.id}`);
    } catch (e) {
      showError('复制失败', e);
    }
  };
  const remove = (id: string, name: string) =>
    modals.openConfirmModal({
      title: '删除模板',
      children: <Text size="sm">删除模板“{name}”？已保存的通知不受影响。</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: action(async () => {
        showUndo(db, await deleteNoticeTemplate(db, id), `已删除模板“${name}”`);
      }, '删除模板失败'),
    });

  return (
    <Paper withBorder>
      <Table striped verticalSpacing="xs" data-testid="template-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>名称</Table.Th>
            <Table.Th w={100}>文种</Table.Th>
            <Table.Th w={90}>来源</Table.Th>
            <Table.Th w={330}>操作</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates?.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.name}</Table.Td>
              <Table.Td>{t.kind}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={t.builtIn ? 'gray' : 'teal'}>
                  {t.builtIn ? '内置' : '自定义'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() =>
                      void navigate(
                        `/notices/new?template=${encodeURIComponent(t.id)}&kind=${encodeURIComponent(t.kind)}`,
                      )
                    }
                  >
                    用它写通知
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => void navigate(`/notices/templates/${t.id}`)}
                  >
                    {t.builtIn ? '查看' : '编辑'}
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => void copy(t.id)}>
                    复制
                  </Button>
                  {!t.builtIn && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => remove(t.id, t.name)}
                    >
                      删除
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
