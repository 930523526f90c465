// The options page: the reader's positions and subscribed packs (components/positions/PositionsOptions).
import { render } from 'preact';
import { PositionsOptions } from '@/components/positions/PositionsOptions';

const root = document.getElementById('app');
if (root) render(<PositionsOptions permissions={browser.permissions} />, root);
