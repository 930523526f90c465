// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DiffView } from './DiffView';

function shown(tokens: Parameters<typeof DiffView>[0]['tokens']): HTMLElement {
  const root = document.createElement('div');
  render(<DiffView tokens={tokens} label="Changes" />, root);
  return root.querySelector('.wsis-diff')!;
}

describe('DiffView', () => {
  it('keeps a whole replacement as two words, not one', () => {
    const diff = shown([
      { kind: 'del', text: 'Environmental impacts' },
      { kind: 'ins', text: 'Digital technologies and the environment' },
    ]);
    expect(diff.textContent).toBe('Environmental impacts Digital technologies and the environment');
    expect(diff.querySelector('del')?.textContent).toBe('Environmental impacts');
    expect(diff.querySelector('ins')?.textContent).toBe('Digital technologies and the environment');
  });

  it('adds nothing where the text already has its spaces', () => {
    const diff = shown([
      { kind: 'same', text: 'We decide that the Forum ' },
      { kind: 'del', text: 'should become ' },
      { kind: 'ins', text: 'shall be made ' },
      { kind: 'same', text: 'a permanent forum' },
    ]);
    expect(diff.textContent).toBe('We decide that the Forum should become shall be made a permanent forum');
  });
});
