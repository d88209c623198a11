/**
 * Marks the chain of elements from <body> down to a print root with `ud-print-path`, so the
 * print CSS can hide everything else with cheap child-combinator rules. Returns the undo.
 */
export function markPrintPath(root: HTMLElement): () => void {
  const marked: HTMLElement[] = [];
  for (let el = root.parentElement; el && el !== document.documentElement; el = el.parentElement) {
    if (!el.classList.contains('ud-print-path')) {
      el.classList.add('ud-print-path');
      marked.push(el);
    }
  }
  return () => marked.forEach((el) => el.classList.remove('ud-print-path'));
}
