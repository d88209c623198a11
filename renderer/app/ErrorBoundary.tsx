import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/**
 * Catches a crash in any screen. Every saved record is already on disk (each save is its
 * own committed transaction), so the message can say so truthfully; the chair can go back
 * to the 工作台 or reload.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only the message and the component stack: never the data being edited.
    console.error('界面出错', error.message, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Stack p="xl" maw={720} data-testid="error-boundary">
        <Alert color="red" icon={<IconAlertTriangle />} title="这个页面出了问题">
          <Stack gap="xs">
            <Text>已经保存的数据都在，不会丢失。尚未点“保存”的修改可能需要重新填写。</Text>
            <Text size="sm">
              可以先回到工作台，或重新载入程序。如果问题反复出现，请把下面的错误信息告诉技术支持。
            </Text>
            <Code block>{error.message}</Code>
          </Stack>
        </Alert>
        <Group>
          <Button
            onClick={() => {
              this.setState({ error: null });
              window.location.hash = '#/';
            }}
          >
            回到工作台
          </Button>
          <Button variant="default" onClick={() => window.location.reload()}>
            重新载入
          </Button>
        </Group>
      </Stack>
    );
  }
}
