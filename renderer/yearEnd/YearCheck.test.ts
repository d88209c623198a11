import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../shared/ledgers/union';
import { LEDGERS, type LedgerData } from '../../shared/ledgers';
import { YearCheck } from './YearCheck';

const render = (termEnd: string) => {
  const tables = Object.fromEntries(
    LEDGERS.flatMap((l) => Object.keys(l.tables)).map((t) => [t, []]),
  ) as unknown as LedgerData['tables'];
  // A one-day period with a session and no dues month begun: only the term can be missing.
  const period = { from: '2000-01-02', to: '2000-01-02' };
  const data: LedgerData = {
    profile: { ...emptyProfile(), termEnd },
    tables: { ...tables, congressSessions: [{ id: 's', date: '2000-01-02' } as never] },
  };
  return renderToStaticMarkup(
    createElement(
      MantineProvider,
      null,
      createElement(MemoryRouter, null, createElement(YearCheck, { data, period })),
    ),
  );
};

describe('YearCheck', () => {
  it('shows 已齐全 in green when nothing is missing', () => {
    const html = render('2999-12-31');
    expect(html).toContain('data-testid="year-check-complete"');
    expect(html).toContain('已齐全');
  });
  it('lists a missing item with a link to fix it', () => {
    const html = render('2001-01-01');
    expect(html).not.toContain('已齐全');
    expect(html).toContain('工会委员会任期已届满');
    expect(html).toContain('href="/elections"');
  });
});
