import type { ReactNode } from 'react'; export function FirstRunGate({ children }: { children: ReactNode }) { return <>{children}</>; }
