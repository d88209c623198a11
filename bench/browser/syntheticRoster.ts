import * as XLSX from 'xlsx';
import { idCheckChar } from '../../shared/core/ids/idNumber';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏辉建国志文斌宇浩凯晨琳雪婷倩颖欣怡佳慧晓燕海波宁飞云峰';
const DEPTS = [
  '语文组',
  '数学组',
  '英语组',
  '理化生组',
  '政史地组',
  '体艺组',
  '行政办公室',
  '后勤处',
  '一年级组',
  '二年级组',
];

/** A township-sized roster as a real .xlsx (title row, header row, n people). */
export function syntheticRosterXlsx(n: number): {
  bytes: Uint8Array;
  names: string[];
  idTails: string[];
} {
  let seed = 42;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = (s: string) => s[Math.floor(rnd() * s.length)]!;
  const aoa: (string | number)[][] = [
    ['某某镇总工会会员花名册'],
    ['序号', '姓名', '性别', '身份证号', '出生日期', '部门', '工会小组', '手机', '入会时间'],
  ];
  const names: string[] = [];
  const idTails: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : '');
    const y = 1960 + Math.floor(rnd() * 45);
    const m = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const male = rnd() < 0.5;
    const seq = String(Math.floor(rnd() * 500) * 2 + (male ? 1 : 0)).padStart(3, '0');
    const first17 = `3301${String(1 + Math.floor(rnd() * 8)).padStart(2, '0')}${y}${m}${d}${seq}`;
    const id = first17 + idCheckChar(first17);
    names.push(name);
    idTails.push(id.slice(-4));
    aoa.push([
      i + 1,
      name,
      male ? '男' : '女',
      id,
      `${y}-${m}-${d}`,
      DEPTS[i % DEPTS.length]!,
      `第${(i % 40) + 1}小组`,
      `13${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`,
      `${2000 + (i % 25)}-09-01`,
    ]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), '花名册');
  return {
    bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
    names,
    idTails,
  };
}
