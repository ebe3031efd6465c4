/**
 * Entry of the shared runtime page (taskpane.html): renders the pane, and registers the ribbon's
 * "Periksa" command, which opens the pane and checks the workbook.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { excelHost } from './excel-host';
import { documentSettings } from '../excel/settings';

let requestCheck: (() => void) | undefined;
let pendingCheck = false;

function Root(): React.ReactElement {
  const host = React.useMemo(() => excelHost(documentSettings(Office.context.document.settings)), []);
  const [run, setRun] = React.useState(0);
  React.useEffect(() => {
    requestCheck = () => setRun((n) => n + 1);
    if (pendingCheck) {
      pendingCheck = false;
      requestCheck();
    }
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <App key={run} host={host} autoCheck={run > 0} />
    </FluentProvider>
  );
}

/** Ribbon command "Periksa": open the pane on the results. */
async function periksa(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
    if (requestCheck) requestCheck();
    else pendingCheck = true;
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('periksa', periksa);
  const container = document.getElementById('container');
  if (container) createRoot(container).render(<Root />);
});
