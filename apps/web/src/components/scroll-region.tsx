import type { ReactNode } from 'react';

/**
 * A box that scrolls when its content is too wide or too long (tables in a narrow window, long
 * event lists): it takes focus so that keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollRegion({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled from the keyboard.
    <section className={className} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
