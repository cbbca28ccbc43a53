import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n/index.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';

afterEach(cleanup);

function deferred() {
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

function renderDialog(onConfirm: () => Promise<void>, closed: string[] = []) {
  render(
    <ConfirmDialog
      title="Delete “x”?"
      body="Gone for good."
      confirmLabel="Delete"
      failedText={(error) => `Could not delete: ${(error as Error).message}`}
      onConfirm={onConfirm}
      onClose={() => closed.push('closed')}
    />,
  );
}

describe('ConfirmDialog', () => {
  it('is named by its title and described by its body, with the focus on Cancel', () => {
    renderDialog(() => Promise.resolve());
    const dialog = screen.getByRole('dialog', { name: 'Delete “x”?' });
    expect(dialog.getAttribute('aria-describedby')).toBe(screen.getByText('Gone for good.').id);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '取消' }));
  });

  it('disables the confirm button while the action runs, and shows why it failed', async () => {
    const action = deferred();
    renderDialog(() => action.promise);
    const confirm = screen.getByRole('button', { name: 'Delete' });
    fireEvent.click(confirm);
    expect(confirm).toHaveProperty('disabled', true);
    await act(async () => action.reject(new Error('server down')));
    expect(screen.getByRole('alert').textContent).toBe('Could not delete: server down');
    expect(confirm).toHaveProperty('disabled', false);
  });

  it('leaves closing to its owner: Cancel calls onClose, a success does not', async () => {
    const closed: string[] = [];
    renderDialog(() => Promise.resolve(), closed);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete' })));
    expect(closed).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(closed).toEqual(['closed']);
  });
});
