import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { FundLink } from '../../shared/ledgers/funds';

/** What a screen offers to record as an expense: the record it pays for and its money. */
export interface ExpenseOffer {
  link: FundLink;
  date: string;
  amountFen: number;
  summary: string;
  /** Suggested 科目, e.g. 职工活动支出 / 会员活动支出. */
  category?: string;
  subCategory?: string;
}

/** The form's address, prefilled with the offer: /funds/entries/new?… */
export function expenseEntryPath(offer: ExpenseOffer): string {
  const q = new URLSearchParams({
    direction: '支出',
    date: offer.date,
    amount: offer.amountFen > 0 ? (offer.amountFen / 100).toFixed(2) : '',
    summary: offer.summary,
    link: `${offer.link.table}:${offer.link.id}`,
  });
  if (offer.category) q.set('category', offer.category);
  if (offer.subCategory) q.set('subCategory', offer.subCategory);
  return `/funds/entries/new?${q.toString()}`;
}

/**
 * For other screens (a care visit, a distribution, an activity just saved): returns
 * offerExpenseEntry(offer), which opens the fund entry form prefilled with the offer and
 * linked to the record; the chair checks it, adds the signatures and saves.
 */
export function useOfferExpenseEntry(): (offer: ExpenseOffer) => void {
  const navigate = useNavigate();
  return useCallback((offer: ExpenseOffer) => void navigate(expenseEntryPath(offer)), [navigate]);
}
