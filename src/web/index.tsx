/** Entry of dist/web/index.html, the web checker: one self-contained page, nothing uploaded. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { WebApp } from './WebApp';

function start(): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp />
    </FluentProvider>,
  );
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
