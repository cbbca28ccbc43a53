import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18nReady } from '../../../i18n/index.ts';
import { KeywordsField } from './keywords-field.tsx';

beforeAll(() => i18nReady);
afterEach(cleanup);

function Harness() {
  const [keywords, setKeywords] = useState<string[]>([]);
  return (
    <>
      <KeywordsField value={keywords} onChange={setKeywords} onBlur={() => {}} error={undefined} />
      <output data-testid="keywords">{JSON.stringify(keywords)}</output>
    </>
  );
}

function type(input: HTMLElement, keyword: string) {
  fireEvent.change(input, { target: { value: keyword } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('KeywordsField', { timeout: 20_000 }, () => {
  it('does not glue the next keyword onto one typed twice, and says it is already there', () => {
    render(<Harness />);
    const input = screen.getByRole('combobox', { name: '关键词' });
    type(input, '通知');
    type(input, '通知');
    expect((input as HTMLInputElement).value).toBe('');
    expect(screen.getByText('关键词“通知”已经在列表里了')).toBeTruthy();
    type(input, '周报');
    expect(screen.getByTestId('keywords').textContent).toBe('["通知","周报"]');
  });
});
