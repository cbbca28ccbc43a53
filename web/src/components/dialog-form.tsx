import type { ComponentPropsWithoutRef } from 'react';

/**
 * The <form> inside a Dialog, wrapping its DialogTitle, DialogContent and DialogActions. A plain form is a
 * block, so with content taller than the screen the whole dialog scrolled and the submit button went out
 * of sight; as a shrinkable flex column it lets DialogContent scroll while title and actions stay put.
 */
export function DialogForm({ style, ...props }: ComponentPropsWithoutRef<'form'>) {
  return <form {...props} style={{ display: 'flex', flexDirection: 'column', minHeight: 0, ...style }} />;
}
