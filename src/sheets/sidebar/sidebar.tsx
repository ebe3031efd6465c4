/**
 * Entry of Sidebar.html, the Google Sheets sidebar: the task pane's React app over the Sheets host.
 * Starts once the page is parsed, so that the action a menu item appended (`window.RENSTRA_AKSI`)
 * is known.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { App } from '../../taskpane/App';
import { server } from './gas';
import { sheetsHost } from './sheets-host';

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) return;
  const root = createRoot(container);
  const srv = server();
  try {
    const state = await srv.renstraState();
    const host = sheetsHost(srv, state);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} start={window.RENSTRA_AKSI} />
      </FluentProvider>,
    );
  } catch (e) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Panel Renstra tidak dapat dibuka</MessageBarTitle>
            {e instanceof Error ? e.message : String(e)}
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
else void start();
