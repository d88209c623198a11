import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  saveCategoryTree,
  validateCategoryTree,
  type CategoryTree,
} from '../../shared/ledgers/funds';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useCategoryTree } from './useFunds';

const split = (t: string) =>
  t
    .split(/[、，,;；\s]+/)
    .map((s) => s.trim())
    .filter((s) => s);

/** 经费科目: the 2-level tree, one line per top-level category with its sub-categories. */
export function CategoryEditor() {
  const db = useDb();
  const stored = useCategoryTree();
  const [tree, setTree] = useState<CategoryTree | null>(null);
  const [subsText, setSubsText] = useState<Record<string, string>>({});
  useEffect(() => {
    if (stored) setTree(stored);
  }, [stored]);
  if (!tree) return null;
  const errors = validateCategoryTree(tree);
  const key = (d: string, i: number) => `${d}-${i}`;
  return (
    <Paper withBorder p="md" maw={760}>
      <Stack>
        <Title order={5}>经费科目（工会会计制度 财会〔2021〕7号，可修改）</Title>
        {(['收入', '支出'] as const).map((d) => (
          <Stack key={d} gap={6}>
            <Text fw={600} size="sm">
              {d}科目
            </Text>
            {tree[d].map((n, i) => (
              <Group key={i} gap="xs" wrap="nowrap">
                <TextInput
                  size="xs"
                  value={n.name}
                  w={170}
                  aria-label={`${d}科目名称`}
                  onChange={(e) =>
                    setTree({
                      ...tree,
                      [d]: tree[d].map((x, j) =>
                        j === i ? { ...x, name: e.currentTarget.value } : x,
                      ),
                    })
                  }
                />
                <TextInput
                  size="xs"
                  style={{ flex: 1 }}
                  placeholder="明细科目，用顿号分隔"
                  aria-label={`${n.name}的明细科目`}
                  value={subsText[key(d, i)] ?? n.subs.join('、')}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    setSubsText({ ...subsText, [key(d, i)]: text });
                    setTree({
                      ...tree,
                      [d]: tree[d].map((x, j) => (j === i ? { ...x, subs: split(text) } : x)),
                    });
                  }}
                />
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setTree({ ...tree, [d]: tree[d].filter((_, j) => j !== i) })}
                >
                  删除
                </Button>
              </Group>
            ))}
            <Group>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => setTree({ ...tree, [d]: [...tree[d], { name: '', subs: [] }] })}
              >
                添加{d}科目
              </Button>
            </Group>
          </Stack>
        ))}
        {errors.length > 0 && (
          <Text size="sm" c="red">
            {errors.join('；')}
          </Text>
        )}
        <Group>
          <Button
            disabled={errors.length > 0}
            onClick={action(async () => {
              const batch = await saveCategoryTree(db, tree);
              setSubsText({});
              showUndo(db, batch);
            }, '科目没有保存')}
          >
            保存科目
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
