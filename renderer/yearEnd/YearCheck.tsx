import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAdjustments, IconCircleCheck, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { todayIso } from '../../shared/core/text';
import type { LedgerData, Period } from '../../shared/ledgers';
import {
  saveYearCheckRules,
  validateYearCheckRules,
  YEAR_CHECK_RULE_LABELS,
  yearCheck,
  yearCheckRulesOf,
  type CheckItem,
} from '../../shared/ledgers/yearEnd';
import { useDb } from '../app/AppContext';
import { SourcedSettingsPanel } from '../app/SourcedSettingsPanel';

/** Records shown per item before 「显示全部」. */
const SHOWN = 5;

/**
 * 台账检查 (issue 14 item 3): what an inspection of the period would find missing, each item
 * with its records and a link to the screen that fixes it; 「已齐全」 when nothing is.
 */
export function YearCheck({ data, period }: { data: LedgerData; period: Period }) {
  const items = useMemo(() => yearCheck(data, period, todayIso()), [data, period]);
  const navigate = useNavigate();
  const { search } = useLocation();
  const [rulesOpen, setRulesOpen] = useState(false);
  return (
    <Paper withBorder p="md" data-testid="year-check">
      <Group justify="space-between">
        <Title order={4}>台账检查</Title>
        <Group gap="xs">
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconAdjustments size={16} />}
            onClick={() => setRulesOpen(true)}
            data-testid="year-check-rules-button"
          >
            检查规则
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPrinter size={16} />}
            onClick={() => void navigate(`/year-end/check/print${search}`)}
            data-testid="year-check-print-button"
          >
            打印检查清单
          </Button>
        </Group>
      </Group>
      <Modal opened={rulesOpen} onClose={() => setRulesOpen(false)} title="台账检查规则" size="xl">
        <CheckRulesPanel data={data} />
      </Modal>
      <Text size="sm" c="dimmed" mb="xs">
        按上级检查台账时常问的项目，列出统计期内缺少或待补的记录。点击链接到相应页面补齐。
      </Text>
      {items.length === 0 ? (
        <Alert
          color="green"
          icon={<IconCircleCheck size={18} />}
          title="已齐全"
          data-testid="year-check-complete"
        >
          统计期内各项台账记录齐全，没有发现缺漏。
        </Alert>
      ) : (
        <Stack gap="sm">
          {items.map((item) => (
            <CheckRow key={item.key} item={item} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function CheckRow({ item }: { item: CheckItem }) {
  const [all, setAll] = useState(false);
  const shown = all ? item.records : item.records.slice(0, SHOWN);
  return (
    <div data-testid={`year-check-${item.key}`}>
      <Group gap="xs" wrap="nowrap">
        <Badge color={item.severity === '缺失' ? 'red' : 'yellow'} variant="light">
          {item.severity}
        </Badge>
        <Text fw={600}>{item.title}</Text>
        {item.records.length > 0 && (
          <Text>
            {item.count}
            {item.unit}
          </Text>
        )}
        <Anchor component={Link} to={item.route} size="sm" data-testid="year-check-link">
          去{item.routeLabel} →
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed">
        {item.detail}
      </Text>
      {shown.length > 0 && (
        <List size="sm" withPadding>
          {shown.map((r, i) => (
            // One visit may put two members over their caps: the id alone may repeat.
            <List.Item key={`${i}-${r.id}`}>
              <Anchor component={Link} to={r.route} size="sm">
                {r.text}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {item.records.length > SHOWN && (
        <Button variant="subtle" size="compact-sm" onClick={() => setAll(!all)}>
          {all ? '收起' : `显示全部 ${item.records.length} 条`}
        </Button>
      )}
    </div>
  );
}

/** 台账检查规则: the numbers the check uses, each with its source, kept with 工会信息. */
function CheckRulesPanel({ data }: { data: LedgerData }) {
  const db = useDb();
  const saved = useMemo(() => yearCheckRulesOf(data.profile), [data.profile]);
  return (
    <SourcedSettingsPanel
      testId="year-check-rules"
      intro="台账检查用到的数字。本地规定或本校细则不同的，请修改数值并写明依据（文号或条款）。"
      labels={YEAR_CHECK_RULE_LABELS}
      saved={saved}
      validate={validateYearCheckRules}
      save={(draft) => saveYearCheckRules(db, draft)}
      labelWidth={260}
      saveLabel="保存规则"
      savedText="台账检查规则已保存"
      failedText="规则没有保存"
    />
  );
}
