import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Charts and datasets load lazily; on a busy CI machine that can take longer than a second.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
