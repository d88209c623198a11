import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileText } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { NOTICE_KINDS } from '../../shared/ledgers/notices';

export interface WriteNoticeButtonProps {
  /** The activity the notice is about; its name, time, place and participants fill the notice. Default none. */
  activityId?: string | null;
  /** Button size. Default 'sm'. */
  size?: 'xs' | 'sm' | 'md';
}

/** 「写通知」 with the four kinds (会议通知, 活动通知, 公示, 慰问信); opens the notice editor. */
export function WriteNoticeButton({ activityId, size = 'sm' }: WriteNoticeButtonProps) {
  const navigate = useNavigate();
  const open = (kind: string) => {
    const q = new URLSearchParams({ kind });
    if (activityId) q.set('activity', activityId);
    void navigate(`/notices/new?${q.toString()}`);
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size={size}
          variant="light"
          leftSection={<IconFileText size={18} />}
          rightSection={<IconChevronDown size={16} />}
          data-testid="write-notice"
        >
          写通知
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {NOTICE_KINDS.map((kind) => (
          <Menu.Item key={kind} onClick={() => open(kind)} data-testid={`write-notice-${kind}`}>
            {kind}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
