/** The `@page` rule of a print view: paper size and orientation, no printer margins. */
export function PageStyle({ orientation }: { orientation: 'portrait' | 'landscape' }) {
  return <style>{`@page { size: A4 ${orientation}; margin: 0; }`}</style>;
}
