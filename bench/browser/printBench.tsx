import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { buildSignInSheet } from '../../shared/ledgers/activities/print/signInSheet';
import { SignInSheetView } from '../../renderer/print/SignInSheetView';
import '../../renderer/print/print.css';
import { markPrintPath } from '../../renderer/print/printPath';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏辉建国志文斌宇浩凯晨琳雪婷倩颖欣怡佳慧晓燕海波宁飞云峰';

/** Builds and renders a sign-in sheet for `n` members; resolves when the pages are in the DOM. */
export function signInSheetBench(n: number) {
  const members = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    name:
      SURNAMES[i % SURNAMES.length]! +
      GIVEN[(i * 7) % GIVEN.length]! +
      (i % 3 ? GIVEN[(i * 13) % GIVEN.length]! : ''),
    gender: i % 2 ? '男' : '女',
    department: `第${(i % 25) + 1}基层工会`,
    rosterOrder: i,
  }));
  const t = performance.now();
  const sheet = buildSignInSheet({
    title: '全镇职工代表大会签到表',
    dateText: '2026年11月25日',
    place: '镇会议中心',
    unionName: '某某镇总工会',
    members,
    options: { groupBy: 'department', order: 'strokes' },
  });
  const modelMs = performance.now() - t;
  const root = document.getElementById('root')!;
  root.innerHTML = '';
  flushSync(() =>
    createRoot(root).render(
      <div className="print-root">
        <SignInSheetView sheet={sheet} />
      </div>,
    ),
  );
  markPrintPath(root.firstElementChild as HTMLElement);
  // Force layout, as the print preview would.
  void root.getBoundingClientRect().height;
  return { modelMs, viewMs: performance.now() - t, pages: sheet.pageCount };
}
